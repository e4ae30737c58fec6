package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PodiumCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PodiumCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void runPrintsEventsByTypeAndTheQueuesEndStateAndWritesARecording(@TempDir Path dir) throws Exception {
        Path rec = dir.resolve("q.jsonl");
        assertEquals(0, run("run", "queueing-basics", "--until", "2m", "--out", rec.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("until:    2m of sim time"), text);
        assertTrue(text.matches("(?s).*CustomerArrived\\s+\\d+.*"), text);
        assertTrue(text.contains("queue at the end:"), text);
        List<String> lines = Files.readAllLines(rec);
        assertTrue(lines.get(0).startsWith("{\"format\":\"podium-recording\",\"version\":2,\"source\":\"simulation\""));
        assertTrue(lines.get(0).endsWith("\"worlds\":[\"queue\"]}"), lines.get(0));
        assertTrue(lines.size() > 100);
    }

    @Test
    void replayPrintsTheSameCountsAsTheRun(@TempDir Path dir) {
        Path rec = dir.resolve("q.jsonl");
        assertEquals(0, run("run", "queueing-basics", "--seed", "7", "--until", "3m", "--out", rec.toString()));
        String runOut = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("replay", rec.toString()));
        String replayOut = out.toString();
        String runCounts = runOut.substring(runOut.indexOf("events:"), runOut.indexOf("queue at the end:"));
        String replayCounts = replayOut.substring(replayOut.indexOf("events:"), replayOut.indexOf("queue at the end:"));
        assertEquals(runCounts, replayCounts);
        assertTrue(replayOut.contains("seed 7"), replayOut);
    }

    @Test
    void replayOfATruncatedRecordingWarnsWithTheLineAndSucceeds(@TempDir Path dir) throws Exception {
        Path rec = dir.resolve("q.jsonl");
        run("run", "queueing-basics", "--until", "1m", "--out", rec.toString());
        String text = Files.readString(rec);
        Files.writeString(rec, text.substring(0, text.length() - 20));
        long lines = text.lines().count();
        assertEquals(0, run("replay", rec.toString()));
        assertTrue(err.toString().contains(rec + ":" + lines + ": "), err.toString());
    }

    @Test
    void validateExitsNonZeroWithEveryProblemAndItsPlace(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, "podium: 1\nname: ok\nworlds: [queue]\nduration: 1m\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "podium: 1\nname: bad\nworlds: [queue]\nduration: 1m\nseed: abc\nduraton: 2m\n");
        Path badParam = dir.resolve("param.yaml");
        Files.writeString(badParam, "podium: 1\nname: p\nworlds: [queue]\nduration: 1m\nparams:\n  servers: 100\n");
        assertEquals(0, run("validate", good.toString()));
        assertEquals(1, run("validate", good.toString(), bad.toString(), badParam.toString()));
        String problems = err.toString();
        assertTrue(problems.contains(bad + ":5:7: "), problems);
        assertTrue(problems.contains(bad + ":6:1: "), problems);
        assertTrue(problems.contains(badParam + ":6:12: "), problems);
        assertTrue(out.toString().contains(good + ": ok"));
        assertFalse(problems.contains("Exception"), problems);
    }

    @Test
    void usageErrorsExitTwoAndMissingFilesAreInputProblems() {
        assertEquals(2, run());
        assertEquals(2, run("run"));
        assertEquals(2, run("run", "queueing-basics", "--until", "soon"));
        assertEquals(1, run("run", "no-such-scenario.yaml"));
        assertEquals(1, run("replay", "no-such-recording.jsonl"));
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void benchKubeRunsASmallClusterAndReportsTheRatio() {
        assertEquals(0, run("bench", "kube", "--nodes", "20", "--deployments", "5", "--replicas", "4", "--qps", "100",
                "--burst", "200"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("= 20 pods"), text);
        assertTrue(text.matches("(?s).*sim/wall \\d+.*"), text);
        assertTrue(text.contains("available at end 20,"), text);
        assertEquals(2, run("bench", "go"));
        assertTrue(err.toString().contains("bench: unknown benchmark 'go'; expected one of: kube"), err.toString());
        assertEquals(2, run("bench", "kube", "--nodes", "0"));
        assertTrue(err.toString().contains("bench kube: --nodes: 0 is out of range; expected from 1 to 100000"),
                err.toString());
        assertEquals(2, run("bench", "kube", "--node", "5"));
        assertTrue(err.toString().contains("bench kube: unknown option '--node'; expected --nodes,"), err.toString());
        assertEquals(2, run("bench", "kube", "--qps"));
        assertTrue(err.toString().contains("bench kube: --qps needs a value"), err.toString());
    }

    @Test
    void validateAndRunPrintEachManifestWarningWithItsPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "podium: 1\nname: w\nworlds: [kube]\nduration: 10s\nmanifests: |\n"
                + "  apiVersion: policy/v1\n  kind: PodDisruptionBudget\n  metadata: {name: agent}\n  spec: {}\n");
        assertEquals(0, run("validate", file.toString()), err.toString());
        assertTrue(err.toString().contains(file + ":7:9: warning: unsupported kind PodDisruptionBudget 'agent'"), err.toString());
        assertTrue(out.toString().contains(file + ": ok (1 warning)"), out.toString());
        err.getBuffer().setLength(0);
        assertEquals(0, run("run", file.toString()), err.toString());
        assertTrue(err.toString().contains(file + ":7:9: warning: unsupported kind PodDisruptionBudget 'agent'"), err.toString());
    }

    @Test
    void anOutNameWithoutExtensionGetsPodiumsOwn(@TempDir Path dir) {
        assertEquals(0, run("run", "queueing-basics", "--until", "10s", "--out", dir.resolve("lesson-run").toString()));
        assertTrue(Files.exists(dir.resolve("lesson-run.podium.jsonl")), out.toString());
        assertEquals(0, run("run", "queueing-basics", "--until", "10s", "--out", dir.resolve("kept.jsonl").toString()));
        assertTrue(Files.exists(dir.resolve("kept.jsonl")));
    }
}
