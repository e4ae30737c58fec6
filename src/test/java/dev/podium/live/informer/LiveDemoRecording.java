package dev.podium.live.informer;

import dev.podium.live.MockCluster;
import dev.podium.live.MutableClock;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.timeline.Timeline;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.LivePipelineSampled;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Records a short live session against the CRUD mock server with {@link DemoWorkload} seeded: lists, a few watch
 * events (a new pod, a deletion) and the pipeline samples of a hand-moved session clock (one a second while
 * callbacks run, one after 10 idle seconds), then writes it as
 * a recording and reads it back, so views can be looked at on a real recorded-live timeline. Test scope.
 * {@code main} writes {@code target/live-demo.jsonl}.
 */
public final class LiveDemoRecording {
    private LiveDemoRecording() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("podium-live-demo");
        Path out = Path.of(args.length > 0 ? args[0] : "target/live-demo.jsonl");
        System.out.println(record(dir, out).size() + " events in " + out);
    }

    /** Runs the session (a few seconds of real time), writes {@code out} and returns the timeline read from it. */
    public static Timeline record(Path dir, Path out) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
        Timeline recorded;
        try (MockCluster cluster = MockCluster.crud(dir); KubernetesClient seeder = cluster.server.createClient()) {
            DemoWorkload.seed(seeder);
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                    LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces().withWatchSampleEvery(1)
                            .withClock(clock))) {
                LiveHarness h = new LiveHarness(session);
                Duration wait = Duration.ofSeconds(60);
                h.awaitTrue(() -> h.events(InformerListed.class).size() == LiveSession.INFORMERS
                        && session.status().allWatching(), wait, "all informers watching");
                for (int second = 1; second <= 8; second++) {
                    clock.advance(Duration.ofMillis(1_000));
                    int samples = h.events(LivePipelineSampled.class).size();
                    String what = "a sample for second " + second;
                    if (second == 3) {
                        seeder.pods().inNamespace("default").resource(DemoWorkload.pod("web-7d4-c", "web-7d4",
                                "nginx:1.27", "")).create();
                        h.awaitState(s -> s.pod("default/web-7d4-c") != null, wait, "the new pod");
                    } else if (second == 5) {
                        seeder.pods().inNamespace("default").withName("batch-1-z").delete();
                        h.awaitState(s -> s.pod("default/batch-1-z") == null, wait, "the deletion");
                    }
                    if (second == 3 || second == 5) { // callbacks ran: a sample is due now
                        h.awaitTrue(() -> h.events(LivePipelineSampled.class).size() > samples, wait,
                                what);
                    } else {
                        h.pump(); // idle: samples come every 10 s only
                    }
                }
                clock.advance(Duration.ofMillis(PipelineSampler.IDLE_PERIOD_NANOS / 1_000_000));
                int before = h.events(LivePipelineSampled.class).size();
                h.awaitTrue(() -> h.events(LivePipelineSampled.class).size() > before, wait, "an idle sample");
                recorded = h.timeline;
            }
        }
        RecordingCodec codec = new RecordingCodec(LiveSession.eventTypes());
        new RecordingWriter(codec).write(out, new RecordingHeader(RecordingHeader.FORMAT, RecordingHeader.VERSION,
                "live", MockCluster.CONTEXT, 0, "2026-11-28T10:00:00Z"), recorded.events());
        Recording read = new RecordingReader(codec).read(out);
        Timeline t = new Timeline();
        read.events().forEach(t::append);
        return t;
    }
}
