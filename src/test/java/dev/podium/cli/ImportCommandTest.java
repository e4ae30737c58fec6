package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PodiumCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String log(String name) throws URISyntaxException {
        return Path.of(ImportCommandTest.class.getResource("/gclogs/" + name).toURI()).toString();
    }

    @Test
    void jsonIsOneObjectWithExactlyTheSevenKeys() throws Exception {
        assertEquals(0, run("import", log("jdk17-g1-gc.log"), "--json"), err.toString());
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        List<String> keys = new ArrayList<>(json.propertyNames());
        assertEquals(List.of("pauses", "pauseTotalMs", "pauseMaxMs", "pauseP99Ms", "gcCpuShare", "collector",
                "unrecognisedLines"), keys);
        assertEquals(69, json.get("pauses").asInt());
        assertEquals("267.686", json.get("pauseTotalMs").asString());
        assertEquals("12.434", json.get("pauseMaxMs").asString());
        assertEquals("G1", json.get("collector").asString());
        assertEquals(0, json.get("unrecognisedLines").asInt());
        assertEquals(1, out.toString().strip().lines().count());
    }

    @Test
    void textSummaryNamesCollectorPausesAndShare() throws Exception {
        assertEquals(0, run("import", log("go1.19-gctrace.txt")), err.toString());
        String text = out.toString();
        assertTrue(text.contains("collector:    Go"), text);
        assertTrue(text.contains("pauses:       2904, total 232.868 ms"), text);
        assertTrue(text.contains("GC CPU share: 19.00 % (the runtime's own figure at the last cycle)"), text);
    }

    @Test
    void outWritesAnImportRecordingThatReadsBackWithEveryPause(@TempDir Path dir) throws Exception {
        Path rec = dir.resolve("g1.jsonl");
        assertEquals(0, run("import", log("jdk17-shenandoah-gcstar.log"), "--out", rec.toString()), err.toString());
        Recording r = new RecordingReader(new RecordingCodec(ScenarioRun.eventTypes())).read(rec);
        assertEquals("import", r.header().source());
        assertEquals("jdk17-shenandoah-gcstar.log", r.header().scenario());
        assertEquals(List.of("gc"), r.header().worlds());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertEquals(92, r.events().stream().filter(e -> e.type().equals("LoggedPause")).count());
        byte[] first = Files.readAllBytes(rec);
        assertEquals(0, run("import", log("jdk17-shenandoah-gcstar.log"), "--out", rec.toString()));
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(rec)), "the same log gives the same bytes");
        out.getBuffer().setLength(0);
        assertEquals(0, run("replay", rec.toString()), err.toString());
        assertTrue(out.toString().contains("LoggedPause"), out.toString());
    }

    @Test
    void aFileThatIsNoGcLogExitsOneWithAClearMessage(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "shopping list\nmilk\n");
        assertEquals(1, run("import", text.toString()));
        assertTrue(err.toString().startsWith("notes.txt: not a GC log"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals(1, run("import", dir.resolve("missing.log").toString()));
        assertTrue(err.toString().contains("missing.log: no such file"), err.toString());
    }

    @Test
    void aSchedulerTraceIsSummarisedAndWritesARecordingOfItsSamples(@TempDir Path dir) throws Exception {
        assertEquals(0, run("import", log("go1.19-scheddetail.txt")));
        assertTrue(out.toString().contains("scheduler:    10 samples"), out.toString());
        assertFalse(err.toString().contains("does not play"), err.toString());
        Path rec = dir.resolve("sched.jsonl");
        assertEquals(0, run("import", log("go1.19-scheddetail.txt"), "--out", rec.toString()));
        List<String> lines = Files.readAllLines(rec);
        assertEquals(11, lines.size(), "a header and one event per SCHED sample");
        assertTrue(lines.get(1).contains("SchedTraced"), lines.get(1));
    }

    @Test
    void warningsNameTheLineAndGoToStderr(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("cut.log");
        Files.writeString(cut, "[0.1s][info][gc] Using G1\n[0.2s][info][gc] GC(0) Pause Young (Normal) (G1 Evac");
        assertEquals(0, run("import", cut.toString(), "--json"));
        assertTrue(err.toString().startsWith("warning: cut.log:2: the last line is cut off"), err.toString());
    }
}
