package dev.podium.cli;

import dev.podium.live.connection.ConnectionResult;
import dev.podium.live.connection.ConnectionTest;
import dev.podium.live.guard.ChangePermission;
import dev.podium.live.informer.InformerState;
import dev.podium.live.informer.InformerStatus;
import dev.podium.live.informer.LiveOptions;
import dev.podium.live.informer.LiveSession;
import dev.podium.live.informer.LiveStatus;
import dev.podium.live.kubeconfig.ClientFactory;
import dev.podium.live.kubeconfig.ExecCredentialPlugin;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.live.kubeconfig.LiveConfigException;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.scenario.Durations;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.timeline.Timeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code podium record --context NAME [--kubeconfig FILE] [--namespace NS] [--until 10m] --out rec.jsonl}: watches a
 * live cluster read-only for a while of wall time and writes what it saw as a recording (source "live", scenario =
 * the context name, created = now). Recordings hold Kubernetes-world events only: no Secret, env value or token
 * can enter them. Prints the same summary as {@code replay}, then each informer that was not watching at the end.
 * When no informer ever lists anything (every one failed, or the time ran out first) it says why, in the words of
 * {@link ConnectionTest} ("cannot reach https://…: Connection refused"), writes no recording and exits 1.
 */
@Command(name = "record", description = "Records a live cluster (read-only) into a recording.")
final class RecordCommand implements Callable<Integer> {

    /** Events moved from the session to the timeline per step. */
    private static final int DRAIN_BATCH = 10_000;
    /** The longest wait between two drains. */
    private static final Duration STEP = Duration.ofMillis(200);

    /** The longest wait for the connection test that names why nothing synced. */
    private static final Duration DIAGNOSIS_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How much longer than {@code --until} the recording waits for informers still on their first list: a recording
     * without the cluster's initial state would replay as an empty cluster.
     */
    static final Duration FIRST_LIST_GRACE = Duration.ofSeconds(60);

    @Spec
    private CommandSpec spec;

    @Option(names = "--context", required = true, paramLabel = "NAME", description = "the kubeconfig context")
    private String context;

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "the kubeconfig (default: $KUBECONFIG, "
            + "then ~/.kube/config)")
    private Path kubeconfig;

    @Option(names = "--namespace", paramLabel = "NS", description = "watch only this namespace (default: all)")
    private String namespace;

    @Option(names = "--until", paramLabel = "DURATION", defaultValue = "10m",
            description = "how long to record, in wall time, e.g. 90s (default: ${DEFAULT-VALUE}); up to 60 s more while an "
                    + "informer has not finished its first list")
    private String until;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the recording to write (no extension: .podium.jsonl)")
    private Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        out = PodiumFiles.withDefaultExtension(out, PodiumFiles.RECORDING);
        PrintWriter err = spec.commandLine().getErr();
        long untilNanos;
        try {
            untilNanos = Durations.parseNanos(until);
        } catch (IllegalArgumentException e) {
            err.println("--until: " + e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        ClientFactory factory = new ClientFactory(KubeconfigFiles.locate(kubeconfig),
                ExecCredentialPlugin.forThisProcess(), new ChangePermission(), Clock.systemUTC());
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Timeline timeline = new Timeline();
        LiveOptions options = LiveOptions.watching(namespace);
        try (LiveConnection live = factory.connect(context)) {
            live.warnings().forEach(w -> err.println("warning: " + w));
            LiveSession session = LiveSession.start(live, options);
            try {
                Boolean answers = null; // past --until: whether the server answers at all (asked once)
                // Past --until, a server that answers but has not finished every first list gets some more time.
                while (session.elapsedNanos() < untilNanos || (!session.firstListPending().isEmpty()
                        && session.elapsedNanos() < untilNanos + FIRST_LIST_GRACE.toNanos())) {
                    if (session.elapsedNanos() >= untilNanos && answers == null) {
                        answers = session.hasListed() || ConnectionTest.run(live, DIAGNOSIS_TIMEOUT).ok();
                        if (!answers) {
                            break;
                        }
                        err.println("waiting for the first list of " + String.join(", ", session.firstListPending())
                                + " (at most " + FIRST_LIST_GRACE.toSeconds() + " s more)");
                    }
                    long left = untilNanos - session.elapsedNanos(); // past --until: one step at a time
                    session.awaitEvents(left > 0 ? Duration.ofNanos(Math.min(left, STEP.toNanos())) : STEP);
                    session.drain(timeline, DRAIN_BATCH);
                    if (!session.hasListed() && allFailed(session.status())) {
                        // As kubectl does: a server that refuses or cannot be found fails the command at once.
                        ConnectionResult diagnosis = ConnectionTest.run(live, DIAGNOSIS_TIMEOUT);
                        if (!diagnosis.ok()) {
                            err.println("podium record: " + diagnosis.message());
                            return PodiumCli.INPUT_PROBLEM;
                        }
                    }
                }
                for (InformerStatus informer : session.status().informers()) {
                    if (informer.state() != InformerState.WATCHING) {
                        err.println("warning: " + informer.informer() + " (" + informer.scope() + ") "
                                + informer.state() + (informer.message().isEmpty() ? "" : ": " + informer.message()));
                    }
                }
            } finally {
                session.close();
            }
            while (session.drain(timeline, DRAIN_BATCH) > 0) {
                // the events queued before the informers stopped
            }
            if (!session.hasListed()) {
                ConnectionResult diagnosis = ConnectionTest.run(live, DIAGNOSIS_TIMEOUT);
                err.println("podium record: " + (diagnosis.ok()
                        ? "no informer listed anything from " + live.context().server() + " within " + until
                        : diagnosis.message()) + "; no recording written");
                return PodiumCli.INPUT_PROBLEM;
            }
        } catch (LiveConfigException e) {
            err.println(e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        timeline.advanceEnd(Math.max(untilNanos, timeline.endNanos()));
        RecordingHeader header = new RecordingHeader(RecordingHeader.FORMAT, RecordingHeader.VERSION, "live", context,
                0, created.toString(), List.of(LiveSession.WORLD));
        new RecordingWriter(new RecordingCodec(LiveSession.eventTypes())).write(out, header, timeline.events());
        PrintWriter o = spec.commandLine().getOut();
        o.println("recording: " + out);
        o.println("source:    live, context " + context + (namespace == null ? "" : ", namespace " + namespace)
                + ", created " + created);
        new RunSummary(timeline.events(), timeline.endNanos()).print(o);
        return 0;
    }

    /** Whether every informer has failed (disconnected or forbidden) and none is still trying its first list. */
    private static boolean allFailed(LiveStatus status) {
        return !status.informers().isEmpty() && status.informers().stream().allMatch(
                i -> i.state() == InformerState.DISCONNECTED || i.state() == InformerState.FORBIDDEN);
    }
}
