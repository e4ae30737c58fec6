package dev.podium.world.kube;

import static dev.podium.world.kube.Fixtures.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.event.HpaEvaluated;
import dev.podium.world.kube.event.HpaScaled;
import java.util.List;
import org.junit.jupiter.api.Test;

class HpaTest {
    private Run cluster() {
        // 2 replicas requesting 500m each; target 50 % CPU
        return new Run(Fixtures.concat(Fixtures.nodes(4), Fixtures.deployment("api", 2, 500),
                Fixtures.hpa("api", "api", 1, 10, 50)));
    }

    @Test
    void scalesUpByTheFormula() {
        Run run = cluster();
        run.runFor(30 * S);
        run.cluster.setLoad("api", 500); // 100 % of request: ratio 2
        run.runFor(16 * S);
        HpaScaled up = run.of(HpaScaled.class).get(0);
        assertEquals(100, up.currentCpuPercent());
        assertEquals(2, up.fromReplicas());
        assertEquals(4, up.toReplicas(), "ceil(2 x 100/50)");
    }

    @Test
    void holdsWithinToleranceOfTenPercent() {
        Run run = cluster();
        run.runFor(30 * S);
        run.cluster.setLoad("api", 270); // 54 %: ratio 1.08, within 0.1
        run.runFor(120 * S);
        assertTrue(run.of(HpaScaled.class).isEmpty());
        HpaEvaluated last = run.of(HpaEvaluated.class).get(run.of(HpaEvaluated.class).size() - 1);
        assertEquals(54, last.currentCpuPercent());
        assertEquals(2, last.recommendedReplicas());
        run.cluster.setLoad("api", 280); // 56 %: ratio 1.12, outside
        run.runFor(16 * S);
        assertEquals(3, run.of(HpaScaled.class).get(0).toReplicas(), "ceil(2 x 1.12)");
    }

    @Test
    void scaleDownWaitsForTheStabilisationWindow() {
        Run run = cluster();
        run.runFor(30 * S);
        run.cluster.setTotalLoad("api", 2000); // 2000m shared: 4 pods at 100 % of target -> steady at 8
        run.runFor(120 * S);
        List<HpaScaled> ups = run.of(HpaScaled.class);
        int peak = ups.get(ups.size() - 1).toReplicas();
        assertEquals(8, peak, "2000m / (500m x 50 %) = 8 pods");
        run.cluster.setTotalLoad("api", 500); // wants 2
        long loweredAt = run.kernel.now();
        run.runFor(600 * S);
        HpaScaled down = run.of(HpaScaled.class).stream().filter(s -> s.toReplicas() < s.fromReplicas())
                .findFirst().orElseThrow();
        long lastHigh = run.of(HpaEvaluated.class).stream().filter(e -> e.recommendedReplicas() == 8)
                .mapToLong(HpaEvaluated::timeNanos).max().orElseThrow();
        assertTrue(lastHigh < loweredAt);
        long waited = down.timeNanos() - lastHigh;
        assertTrue(waited > 300 * S && waited <= 315 * S, "scale-down " + waited / 1e9 + " s after the last high"
                + " recommendation left the 300 s window");
        assertEquals(2, down.toReplicas());
        assertTrue(run.of(HpaEvaluated.class).stream().anyMatch(e -> e.timeNanos() > loweredAt
                && e.timeNanos() < down.timeNanos() && e.recommendedReplicas() == 2 && e.desiredReplicas() == 8),
                "recommendations of 2 are held at 8 within the window");
    }

    @Test
    void respectsMinAndMax() {
        Run run = cluster();
        run.runFor(30 * S);
        run.cluster.setLoad("api", 5000);
        run.runFor(120 * S);
        List<HpaScaled> ups = run.of(HpaScaled.class);
        assertEquals(10, ups.get(ups.size() - 1).toReplicas());
        assertEquals(6, ups.get(0).toReplicas(), "first step capped at max(+100 %, +4 pods) = 6 per 15 s");
    }
}
