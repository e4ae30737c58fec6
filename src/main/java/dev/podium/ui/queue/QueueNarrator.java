package dev.podium.ui.queue;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.NarrationBundle;
import dev.podium.ui.world.Narrator;
import dev.podium.world.queue.ArrivalRateChanged;
import dev.podium.world.queue.CustomerArrived;
import dev.podium.world.queue.CustomerRejected;
import dev.podium.world.queue.QueueConfigured;
import dev.podium.world.queue.ServersChanged;
import dev.podium.world.queue.ServiceCompleted;
import dev.podium.world.queue.ServiceStarted;
import dev.podium.world.queue.ServiceTimeChanged;
import java.util.Locale;
import java.util.Map;

/**
 * Sentences for the queue world's events, from {@code dev/podium/ui/queue/narration*.properties}
 * (English and Simplified Chinese). Durations read in the unit that suits them ("800 ms", "2.4 s");
 * servers are numbered from 1 for people, though events number them from 0.
 *
 * <p>ρ = λ / (c μ) needs the rate, the service time and the server count together, but each change
 * event carries one of them; the narrator remembers the latest of each from the events it has been
 * asked about (the shell narrates in timeline order), and leaves ρ out until it has seen a
 * {@link QueueConfigured}. The bundle's patterns name their arguments; {@link #compose} says which names each
 * sentence gets. Returns null for events of other worlds. FX thread.
 */
public final class QueueNarrator implements Narrator {
    private static final String BUNDLE = "dev.podium.ui.queue.narration";

    /** A sentence's key in the bundle and the values of the names its pattern may use. */
    record Sentence(String key, Map<String, Object> arguments) {
    }

    private final NarrationBundle sentences = new NarrationBundle(BUNDLE);
    private boolean configured;
    private long meanInterarrivalNanos;
    private long meanServiceNanos;
    private int servers;

    @Override
    public String sentence(WorldEvent event, Locale locale) {
        Sentence s = compose(event, locale);
        return s == null ? null : say(locale, s);
    }

    /**
     * The sentence for {@code event}, with the words it embeds (durations, units, the waiting room) already in
     * {@code locale}; null for other worlds' events. Remembers the inputs of ρ, as {@link #sentence} does.
     */
    Sentence compose(WorldEvent event, Locale locale) {
        if (event instanceof CustomerArrived a) {
            return new Sentence("arrived", Map.of("customer", id(a.customer()), "waiting", a.waiting()));
        } else if (event instanceof ServiceStarted s) {
            return s.waitNanos() == 0
                    ? new Sentence("started.atOnce", Map.of("customer", id(s.customer()), "server", s.server() + 1))
                    : new Sentence("started", Map.of("customer", id(s.customer()), "server", s.server() + 1,
                            "wait", say(locale, duration(s.waitNanos()))));
        } else if (event instanceof ServiceCompleted c) {
            return new Sentence("completed", Map.of("customer", id(c.customer()),
                    "sojourn", say(locale, duration(c.sojournNanos()))));
        } else if (event instanceof CustomerRejected r) {
            return new Sentence("rejected", Map.of("customer", id(r.customer())));
        } else if (event instanceof QueueConfigured c) {
            configured = true;
            servers = c.servers();
            meanInterarrivalNanos = c.meanInterarrivalNanos();
            meanServiceNanos = c.meanServiceNanos();
            SimDurations.Unit unit = QueueFigures.rateUnit(meanServiceNanos);
            return new Sentence("opened", Map.of("servers", c.servers(),
                    "rate", QueueFigures.rate(meanInterarrivalNanos, unit), "per", per(locale, unit),
                    "meanService", say(locale, duration(meanServiceNanos)), "room", say(locale, room(c.capacity())),
                    "rho", rho()));
        } else if (event instanceof ArrivalRateChanged r) {
            meanInterarrivalNanos = r.meanInterarrivalNanos();
            SimDurations.Unit unit = QueueFigures.rateUnit(configured ? meanServiceNanos : r.meanInterarrivalNanos());
            return new Sentence(configured ? "arrivalRate.rho" : "arrivalRate", Map.of("rate",
                    QueueFigures.rate(r.meanInterarrivalNanos(), unit), "per", per(locale, unit), "rho", rho()));
        } else if (event instanceof ServersChanged c) {
            servers = c.servers();
            return new Sentence(configured ? "servers.rho" : "servers", Map.of("servers", c.servers(), "rho", rho()));
        } else if (event instanceof ServiceTimeChanged c) {
            meanServiceNanos = c.meanServiceNanos();
            return new Sentence(configured ? "serviceTime.rho" : "serviceTime", Map.of(
                    "meanService", say(locale, duration(c.meanServiceNanos())), "rho", rho()));
        }
        return null;
    }

    /** "2.4 s" / "2.4 秒": the number from {@link SimDurations#readable}, the unit from the bundle. */
    static Sentence duration(long nanos) {
        SimDurations.Unit unit = SimDurations.readableUnit(nanos);
        return new Sentence("duration." + unit.key(), Map.of("number", SimDurations.readableNumber(nanos, unit)));
    }

    /** How many may wait: a number, or no limit for a capacity of 0. */
    static Sentence room(int capacity) {
        return capacity > 0 ? new Sentence("opened.capacity", Map.of("capacity", capacity))
                : new Sentence("opened.unlimited", Map.of());
    }

    /** {@code s} in {@code locale}. */
    String say(Locale locale, Sentence s) {
        return sentences.say(locale, s.key(), s.arguments());
    }

    private String per(Locale locale, SimDurations.Unit unit) {
        return sentences.text(locale, "per." + unit.key());
    }

    private String rho() {
        if (meanInterarrivalNanos <= 0 || servers <= 0) {
            return "?";
        }
        return QueueFigures.rho(Math.round(1000.0 * meanServiceNanos / ((double) meanInterarrivalNanos * servers)));
    }

    /** Customer numbers are names, not quantities: no digit grouping. */
    private static String id(long customer) {
        return Long.toString(customer);
    }
}
