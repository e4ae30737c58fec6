package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.MutableClock;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.world.kube.control.DryRunAction;
import dev.podium.world.kube.control.DryRunReconcile;
import dev.podium.world.kube.control.DryRunResult;
import dev.podium.world.kube.control.ReplicaSetDryRun;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.LivePipelineSampled;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live session measures its own pipeline: drained timelines hold {@link LivePipelineSampled} events, at most
 * one per second of session time, with sane counts and handler times; and the dry run reads the live state.
 */
class LivePipelineTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private MockCluster cluster;
    private KubernetesClient seeder;

    @BeforeEach
    void seed() throws Exception {
        cluster = MockCluster.crud(dir);
        seeder = cluster.server.createClient();
        DemoWorkload.seed(seeder);
    }

    @AfterEach
    void stop() {
        seeder.close();
        cluster.close();
    }

    @Test
    void drainedTimelinesCarryPipelineSamplesOncePerSecondOfSessionTime() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces().withClock(clock))) {
            LiveHarness h = new LiveHarness(session);
            h.awaitTrue(() -> h.events(InformerListed.class).size() == LiveSession.INFORMERS, WAIT,
                    "all informers listed");
            assertEquals(1, h.events(LivePipelineSampled.class).size(), "the first drain samples; no second yet");

            clock.advance(Duration.ofMillis(1_000));
            h.awaitTrue(() -> h.events(LivePipelineSampled.class).size() == 2, WAIT, "a sample a second later");
            h.pump();
            h.pump();
            List<LivePipelineSampled> samples = h.events(LivePipelineSampled.class);
            assertEquals(2, samples.size(), "no more within the same second");
            LivePipelineSampled first = samples.get(0);
            LivePipelineSampled second = samples.get(1);
            assertTrue(second.timeNanos() >= 1_000_000_000L, second.toString());
            assertTrue(first.handled() + second.handled() >= 6 + 8, "six lists and eight objects: " + samples);
            assertTrue(second.handlerP50Nanos() > 0 && second.handlerMaxNanos() >= second.handlerP50Nanos(),
                    second.toString());
            assertTrue(second.handlerMaxNanos() < 60_000_000_000L, "handlers return: " + second);
            assertTrue(second.published() >= h.timeline.size() - 2 - second.backlog(), second.toString());
            assertTrue(second.backlog() >= 0 && second.droppedSamples() == 0, second.toString());
            assertEquals(second.handlerP50Nanos(), h.state.lastPipelineSample().handlerP50Nanos());
            assertEquals(2, h.state.pipelineSamples().size());
        }
    }

    @Test
    void theDryRunOfTheLiveStateSaysWhatTheControllersWouldDo() throws Exception {
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
            LiveHarness h = new LiveHarness(session);
            h.awaitState(s -> s.podCount() == 5 && s.replicaSets().size() == 2 && s.deployments().size() == 1,
                    WAIT, "the workload listed");
            DryRunResult r = DryRunReconcile.of(h.state);
            ReplicaSetDryRun web = r.replicaSets().stream().filter(x -> x.key().equals("default/web-7d4"))
                    .findFirst().orElseThrow();
            assertEquals(DryRunAction.CREATE_PODS, web.step().action());
            assertEquals(2, web.step().to() - web.step().from());
            ReplicaSetDryRun batch = r.replicaSets().stream().filter(x -> x.key().equals("default/batch-1"))
                    .findFirst().orElseThrow();
            assertEquals(2, batch.step().pods().size());
            assertEquals("default/batch-1-z", batch.step().pods().get(0), "the unscheduled pod first");
            assertTrue(List.of("default/batch-1-x", "default/batch-1-y").contains(batch.step().pods().get(1)),
                    "then the one seen Ready last of two alone on their nodes: " + batch.step().pods());
            assertEquals("default/web-7d4", r.deployments().get(0).newReplicaSet());
            assertEquals(DryRunAction.WAIT_FOR_AVAILABLE, r.deployments().get(0).steps().get(0).action());
        }
    }
}
