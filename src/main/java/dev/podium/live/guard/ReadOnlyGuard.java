package dev.podium.live.guard;

import dev.podium.live.log.LiveLog;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps one client read-only at the HTTP layer. Installed as an {@link Interceptor} on the fabric8 HTTP client,
 * it sees every request (plain, watch and websocket) before it is sent and lets through only GET, LIST and WATCH.
 * Anything else (create, update, patch, delete, and exec/attach/port-forward/proxy even as GET) is refused with a
 * {@link ChangeRefusedException}, before it leaves the client, unless changes are granted for the context in
 * {@link ChangePermission} <em>and</em> an unexpired {@link ChangeTicket} from {@link #confirm(ChangeRequest)}
 * matches the request exactly; the ticket is then spent. (A transport-level retry of a confirmed change is
 * therefore refused too: the user confirms again.)
 *
 * <p>Counts the requests sent, by verb, and those refused, for tests and a status line. Thread-safe: fabric8 calls
 * it from its own threads.
 */
public final class ReadOnlyGuard implements Interceptor {

    /** The name the guard is registered under in the HTTP client's interceptors. */
    public static final String NAME = "PODIUM_READ_ONLY";
    /** How long a confirmation stays valid. */
    public static final Duration TICKET_LIFETIME = Duration.ofMinutes(2);

    private static final LiveLog LOG = LiveLog.of(ReadOnlyGuard.class);

    private final String context;
    private final ChangePermission permission;
    private final Clock clock;
    private final Map<KubeVerb, AtomicLong> sent = new EnumMap<>(KubeVerb.class);
    private final AtomicLong refused = new AtomicLong();
    private final List<ChangeTicket> tickets = new CopyOnWriteArrayList<>();

    /** A guard for {@code context}, consulting {@code permission}, with ticket expiry judged by {@code clock}. */
    public ReadOnlyGuard(String context, ChangePermission permission, Clock clock) {
        this.context = Objects.requireNonNull(context, "context");
        this.permission = Objects.requireNonNull(permission, "permission");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (KubeVerb verb : KubeVerb.values()) {
            sent.put(verb, new AtomicLong());
        }
    }

    /**
     * The user confirmed {@code request}: the next matching request may go out once. Refused at once when
     * changes are not allowed for this context.
     */
    public ChangeTicket confirm(ChangeRequest request) {
        if (request.verb().isReadOnly()) {
            throw new IllegalArgumentException("reads need no confirmation: " + request);
        }
        if (!permission.isGranted(context)) {
            refused.incrementAndGet();
            throw new ChangeRefusedException(request, notAllowed(request));
        }
        tickets.removeIf(t -> t.isSpent() || !clock.instant().isBefore(t.expiresAt()));
        ChangeTicket ticket = new ChangeTicket(request, clock.instant().plus(TICKET_LIFETIME));
        tickets.add(ticket);
        return ticket;
    }

    @Override
    public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
        ChangeRequest actual = ChangeRequest.classify(request.method(), request.uri());
        if (!actual.verb().isReadOnly()) {
            if (!permission.isGranted(context)) {
                refuse(actual, notAllowed(actual));
            }
            if (tickets.stream().noneMatch(t -> t.spendIfMatches(actual, clock.instant()))) {
                refuse(actual, "not confirmed: " + describe(actual) + " in context '" + context
                        + "' needs the user's confirmation of this very request");
            }
            LOG.info("sending confirmed change {} in context {}", describe(actual), context);
        }
        sent.get(actual.verb()).incrementAndGet();
    }

    private void refuse(ChangeRequest actual, String reason) {
        refused.incrementAndGet();
        LOG.warn("refused {}", reason);
        throw new ChangeRefusedException(actual, reason);
    }

    private String notAllowed(ChangeRequest request) {
        return "read-only: " + describe(request) + " was not sent, because changes are not allowed in context '"
                + context + "' (turn on \"allow changes\" for it first)";
    }

    private static String describe(ChangeRequest request) {
        StringBuilder out = new StringBuilder(request.verb().name().toLowerCase(java.util.Locale.ROOT));
        out.append(' ').append(request.resource());
        if (request.name() != null) {
            out.append(' ').append(request.name());
        }
        if (request.namespace() != null) {
            out.append(" in namespace ").append(request.namespace());
        }
        return out.toString();
    }

    /** Whether the user allowed changes for this guard's context. */
    public boolean changesAllowed() {
        return permission.isGranted(context);
    }

    /** Turns "allow changes" on or off for this guard's context (each change still needs its own confirmation). */
    public void allowChanges(boolean allow) {
        if (allow) {
            permission.grant(context);
        } else {
            permission.revoke(context);
        }
    }

    /** Requests sent so far, by verb (every verb present, zero if none). */
    public Map<KubeVerb, Long> counts() {
        Map<KubeVerb, Long> out = new EnumMap<>(KubeVerb.class);
        sent.forEach((verb, count) -> out.put(verb, count.get()));
        return out;
    }

    /** Requests sent so far with {@code verb}. */
    public long count(KubeVerb verb) {
        return sent.get(verb).get();
    }

    /** Requests and confirmations refused so far. */
    public long refusedCount() {
        return refused.get();
    }
}
