package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.HpaCreated;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.ReplicaSetCreated;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium fork} on a recording shaped like {@code podium record}'s: a scenario that validates and runs. */
class ForkCommandTest {
    static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PodiumCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A live recording of context kind-dev: two nodes, a Deployment of 2 with an HPA; at 60s another is deleted. */
    private Path recording() throws Exception {
        List<WorldEvent> e = new ArrayList<>();
        e.add(new NodeAdded(1 * S, "kind-worker", 4000, 8L << 30, 110, List.of(), false));
        e.add(new NodeAdded(1 * S, "kind-worker2", 4000, 8L << 30, 110, List.of("gpu=true:NoSchedule"), false));
        e.add(new InformerListed(1 * S, "podium/nodes", "Node", 2, 100));
        e.add(new DeploymentCreated(2 * S, "default/web", 2, "RollingUpdate", "1", "0", "nginx:1.27"));
        e.add(new DeploymentCreated(2 * S, "default/old", 1, "RollingUpdate", "25%", "25%", "nginx:1.25"));
        e.add(new ReplicaSetCreated(2 * S, "default/web-5c9", "default/web", 1, "5c9", 2, "nginx:1.27"));
        for (int i = 0; i < 2; i++) {
            String pod = "default/web-5c9-" + i;
            e.add(new PodCreated(3 * S, pod, "default/web-5c9", "", 200, 256L << 20, "nginx:1.27", 1));
            e.add(new PodScheduled(3 * S, pod, "kind-worker", 0, 0, 0));
        }
        for (int i = 0; i < 2; i++) {
            e.add(new PodPhaseChanged(4 * S, "default/web-5c9-" + i, "Running", "Running", true, 1, 1, 0));
        }
        e.add(new HpaCreated(5 * S, "default/web", "default/web", 2, 4, 60));
        e.add(new DeploymentDeleted(60 * S, "default/old"));
        Path rec = dir.resolve("live.jsonl");
        new RecordingWriter(new RecordingCodec(ScenarioRun.eventTypes())).write(rec, new RecordingHeader(
                RecordingHeader.FORMAT, RecordingHeader.VERSION, "live", "kind-dev", 0, "2026-11-28T03:00:00Z"), e);
        return rec;
    }

    @Test
    void aRecordingForksIntoAScenarioThatValidatesAndRuns() throws Exception {
        Path rec = recording();
        Path yaml = dir.resolve("out/fork.yaml");
        assertEquals(0, run("fork", rec.toString(), "--out", yaml.toString()), err.toString());
        assertEquals("", err.toString());
        assertTrue(out.toString().contains("forked " + rec + " at 1m: 2 node(s), 1 Deployment(s), 2 pod(s), 1 HPA(s)"),
                out.toString());
        Scenario s = ScenarioLoader.load(yaml);
        assertEquals("fork", s.name());
        assertEquals("Fork of kind-dev at 1m", s.title().get("en"));
        assertFalse(s.section("manifests").text().contains("\"old\""), "deleted before the end");
        assertEquals(0, run("validate", yaml.toString()), err.toString());
        assertEquals(0, run("run", yaml.toString(), "--until", "90s"), err.toString());
        assertTrue(out.toString().contains("web"), out.toString());
    }

    @Test
    void atAnEarlierTimeTheDeletedDeploymentIsStillThere() throws Exception {
        Path rec = recording();
        Path yaml = dir.resolve("fork.yaml");
        assertEquals(0, run("fork", rec.toString(), "--at", "30s", "--out", yaml.toString()), err.toString());
        String text = Files.readString(yaml);
        assertTrue(text.contains("metadata: {name: \"old\", namespace: \"default\"}"), text);
        assertTrue(text.startsWith("# Forked by Podium from kind-dev at 30s"), text);
    }

    @Test
    void badInputIsReportedWithItsPlaceAndExitCode() throws Exception {
        Path rec = recording();
        List<String> lines = new ArrayList<>(Files.readAllLines(rec));
        lines.set(4, "{\"t\":");
        Files.write(rec, lines);
        Path yaml = dir.resolve("fork.yaml");
        assertEquals(0, run("fork", rec.toString(), "--out", yaml.toString()), err.toString());
        assertTrue(err.toString().contains(rec + ":5: "), err.toString());
        assertEquals(1, run("fork", dir.resolve("missing.jsonl").toString(), "--out", yaml.toString()));
        assertTrue(err.toString().contains("missing.jsonl: no such file"), err.toString());
        assertEquals(2, run("fork", rec.toString(), "--at", "5 minutes", "--out", yaml.toString()));
        assertTrue(err.toString().contains("--at: "), err.toString());
        assertEquals(2, run("fork", rec.toString()), "--out is required");
        Path queue = dir.resolve("q.jsonl");
        assertEquals(0, run("run", "queueing-basics", "--until", "10s", "--out", queue.toString()));
        assertEquals(1, run("fork", queue.toString(), "--out", yaml.toString()));
        assertTrue(err.toString().contains(queue + ": no Kubernetes or GC events"), err.toString());
        Path header = dir.resolve("bad.jsonl");
        Files.writeString(header, "not json\n");
        assertEquals(1, run("fork", header.toString(), "--out", yaml.toString()));
        assertTrue(err.toString().contains(header + ":1: "), err.toString());
    }
}
