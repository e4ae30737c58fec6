package dev.podium.world.kube;

import static dev.podium.world.kube.Fixtures.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.event.ContainerExited;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.ImagePullStarted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.ProbeFailed;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubeletTest {

    @Test
    void crashLoopBackOffWaitsTenTwentyFortyUpToFiveMinutes() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(1),
                Fixtures.pod("crasher", Fixtures.spec(Fixtures.container("app", "busybox:crashloop", 100)))));
        run.runFor(30 * 60 * S);
        List<ContainerRestarted> restarts = run.of(ContainerRestarted.class);
        assertTrue(restarts.size() >= 8, "restarts: " + restarts.size());
        long[] expected = {0, 10, 20, 40, 80, 160, 300, 300};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i] * S, restarts.get(i).backoffNanos(), "restart " + (i + 1));
            assertEquals(i + 1, restarts.get(i).restartCount());
        }
        List<ContainerExited> exits = run.of(ContainerExited.class);
        for (int i = 1; i < expected.length; i++) {
            assertEquals(expected[i] * S, restarts.get(i).timeNanos() - exits.get(i).timeNanos(),
                    "restart " + (i + 1) + " waits the back-off after its exit");
        }
        assertTrue(run.of(PodPhaseChanged.class).stream().anyMatch(p -> p.status().equals("CrashLoopBackOff")));
        assertTrue(run.of(PodPhaseChanged.class).stream().anyMatch(p -> p.status().equals("Error")));
        Pod pod = run.pods().get(0);
        assertEquals("Running", pod.phase(), "a crash-looping pod stays in phase Running");
    }

    @Test
    void failingLivenessOfASidecarProxyMakesTheContainerCrashLoop() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(1), Fixtures.deployment("shop", 1,
                new dev.podium.world.kube.spec.IntOrPercent(25, true),
                new dev.podium.world.kube.spec.IntOrPercent(25, true),
                Fixtures.spec(Fixtures.probed("web", "shop:1", 100), Fixtures.probed("db-proxy", "pgbouncer:1",
                        50)))));
        run.runFor(40 * S);
        assertEquals(1, run.readyPods("shop-"));
        run.cluster.failLiveness("default/shop-*", "db-proxy");
        run.runFor(10 * 60 * S);
        List<ProbeFailed> failed = run.of(ProbeFailed.class);
        assertTrue(failed.stream().allMatch(f -> f.container().equals("db-proxy")));
        assertTrue(failed.stream().anyMatch(f -> f.probe().equals("liveness") && f.consecutiveFailures() == 3));
        List<ContainerRestarted> restarts = run.of(ContainerRestarted.class);
        assertTrue(restarts.size() >= 4, "restarts " + restarts.size());
        assertTrue(restarts.stream().allMatch(r -> r.container().equals("db-proxy")));
        assertTrue(run.of(PodPhaseChanged.class).stream().anyMatch(p -> p.status().equals("CrashLoopBackOff")
                && p.readyContainers() == 1 && p.containers() == 2));
    }

    @Test
    void imageIsPulledOncePerNode() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(1), Fixtures.deployment("web", 4, 100)));
        run.runFor(60 * S);
        assertEquals(1, run.of(ImagePullStarted.class).size());
        assertEquals(4, run.readyPods("web-"));
    }

    @Test
    void missingImageBacksOff() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(1),
                Fixtures.pod("ghost", Fixtures.spec(Fixtures.container("app", "nginx:missing", 100)))));
        run.runFor(60 * S);
        assertTrue(run.of(PodPhaseChanged.class).stream().anyMatch(p -> p.status().equals("ImagePullBackOff")));
        assertTrue(run.of(ImagePullStarted.class).size() >= 3);
    }
}
