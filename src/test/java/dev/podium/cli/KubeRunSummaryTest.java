package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium run} and {@code replay} of a kube scenario print the cluster's end state. */
class KubeRunSummaryTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PodiumCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String cluster() {
        String text = out.toString();
        int at = text.indexOf("cluster at the end:");
        assertTrue(at >= 0, text);
        int recording = text.indexOf("recording: ", at);
        return text.substring(at, recording < 0 ? text.length() : recording);
    }

    @Test
    void runPrintsNodesPodsByStatusAndDeploymentsAtTheEnd() {
        assertEquals(0, run("run", "node-failure-eviction", "--until", "7m"), err.toString());
        String cluster = cluster();
        assertTrue(cluster.contains("  nodes: 3 (2 Ready, 1 NotReady)\n"), cluster);
        assertTrue(cluster.matches("(?s).*\\n    node-2 +NotReady \\(Unknown\\) +2 pods, cpu requests 1000m/4000m, "
                + "taints node\\.kubernetes\\.io/unreachable=:NoSchedule "
                + "node\\.kubernetes\\.io/unreachable=:NoExecute\\n.*"), cluster);
        assertTrue(cluster.matches("(?s).*\\n    node-1 +Ready +3 pods.*"), cluster);
        assertTrue(cluster.contains("  pods: 8 (6 ready): 6 Running, 2 Terminating\n"), cluster);
        assertTrue(cluster.matches("(?s).*\\n    default/shop +6/6 ready, 6 up-to-date, 6 available\\n.*"), cluster);
        assertFalse(cluster.contains("hpas:"), "no HPA in this scenario");
        assertFalse(out.toString().contains("queue at the end:"));
    }

    @Test
    void runPrintsHpasAndCordonedNodes() {
        assertEquals(0, run("run", "hpa-scale-out"), err.toString());
        assertTrue(cluster().matches("(?s).*\\n  hpas: 1\\n    default/checkout +cpu 69%/70%, replicas 23, desired 23 "
                + "\\(min 3, max 50\\)\\n.*"), cluster());
        out.getBuffer().setLength(0);
        assertEquals(0, run("run", "scheduler-filter-score", "--until", "1m"), err.toString());
        String cluster = cluster();
        assertTrue(cluster.matches("(?s).*\\n    big-2 +Ready,SchedulingDisabled +0 pods.*"), cluster);
        assertTrue(cluster.contains("  pods: 8 (7 ready): 1 Pending, 7 Running\n"), cluster);
        assertTrue(cluster.matches("(?s).*\\n    default/web +6/6 ready.*"), cluster);
    }

    @Test
    void replayPrintsTheSameClusterAsTheRun(@TempDir Path dir) {
        Path rec = dir.resolve("k.jsonl");
        assertEquals(0, run("run", "crashloop-sidecar-proxy", "--until", "2m20s", "--out", rec.toString()),
                err.toString());
        String fromRun = cluster();
        assertTrue(fromRun.contains("  pods: 1 (0 ready): 1 CrashLoopBackOff\n"), fromRun);
        out.getBuffer().setLength(0);
        assertEquals(0, run("replay", rec.toString()), err.toString());
        assertEquals(fromRun, cluster());
    }
}
