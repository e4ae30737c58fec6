package dev.podium.world.gc.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unrecognised lines are counted, damage ends the reading with a warning naming the line, and junk is refused. */
class DamagedLogsTest {
    private static final String G1 = """
            [0.003s][info][gc] Using G1
            [0.043s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 10M->7M(66M) 2.813ms
            [0.109s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Evacuation Pause) 62M->50M(91M) 4.863ms
            [0.114s][info][gc] GC(2) Pause Remark 54M->35M(106M) 0.493ms
            """;

    @Test
    void unrecognisedLinesAreCountedWithTheFirstLineNumbersAndTheRestIsRead() throws Exception {
        Logs logs = Logs.read(G1 + "hello from the application\n\n[0.200s][info][gc] GC(3) Pause Young what\n"
                + "[0.300s][info][gc] GC(4) Pause Full (System.gc()) 76M->34M(120M) 5.509ms\nmore noise\n");
        assertEquals(3, logs.summary.unrecognisedLines());
        assertEquals(List.of(5L, 7L, 9L), logs.summary.firstUnrecognisedLines());
        assertEquals(4, logs.summary.pauses());
        assertEquals("System.gc()", logs.pauses().get(3).cause());
        assertTrue(logs.summary.warnings().isEmpty());
    }

    @Test
    void aGctraceLineWithAMalformedOrOutOfRangeNumberIsCountedAsUnrecognised() throws Exception {
        String good = "gc 1 @0.003s 7%: 0.088+0.52+0.003 ms clock, 0.17+0.42/0.17/0+0.007 ms cpu, 3->3->0 MB, 4 MB goal,"
                + " 0 MB stacks, 0 MB globals, 2 P\n";
        Logs logs = Logs.read(good
                + "gc 7 @..018s 9%: 0.078+0.12+0.075 ms clock, 0.15+0.023/0.037/0+0.15 ms cpu, 2->3->0 MB, 4 MB goal\n"
                + "gc 8 @0.1.8s 9%: 0.078+0.12+0.075 ms clock, 0.15+0.023/0.037/0+0.15 ms cpu, 2->3->0 MB, 4 MB goal,"
                + " 2 P\n"
                + "gc 99999999999 @0.02s 9%: 0.078+0.12+0.075 ms clock, 0.15+0.023/0.037/0+0.15 ms cpu, 2->3->0 MB,"
                + " 4 MB goal, 2 P\n"
                + "gc 9 @0.02s 9%: 0.078+0.12+0.075 ms clock, 0.15+0.023/0.037/0+0.15 ms cpu, 99999999999999 MB->3->0"
                + " MB, 4 MB goal, 2 P\n"
                + "gc 10 @0.02s 9%: 0.078+0.12+0.075 ms clock, 0.15+0.023/0.037/0+0.15 ms cpu, 9999999999999999->3->0"
                + " MB, 4 MB goal, 2 P\n"
                + "gc 11 @99999999999999999999.5s 9%: 0.078+0.12+0.075 ms clock, 0.15+0.023/0.037/0+0.15 ms cpu,"
                + " 2->3->0 MB, 4 MB goal, 2 P\n");
        assertEquals(2, logs.summary.pauses(), "the good line's two stop-the-world pauses");
        assertEquals(6, logs.summary.unrecognisedLines());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), logs.summary.firstUnrecognisedLines(), "the first five");
    }

    @Test
    void aLastLineCutOffMidWayIsLeftOutWithAWarningNamingIt() throws Exception {
        Logs logs = Logs.read(G1 + "[0.300s][info][gc] GC(4) Pause Full (System.gc()) 76M->3");
        assertEquals(3, logs.summary.pauses());
        assertEquals(0, logs.summary.unrecognisedLines());
        assertEquals(List.of("test.log:5: the last line is cut off (no line end) and does not read; kept lines 1 to 4"),
                logs.summary.warnings());
    }

    @Test
    void aLastLineWithoutLineEndThatIsWholeIsRead() throws Exception {
        Logs logs = Logs.read(G1 + "[0.300s][info][gc] GC(4) Pause Full (System.gc()) 76M->34M(120M) 5.509ms");
        assertEquals(4, logs.summary.pauses());
        assertTrue(logs.summary.warnings().isEmpty());
    }

    @Test
    void garbledBytesStopTheReadingAtTheLastGoodLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(G1.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {0, 0, 0, 0, '\n'});
        bytes.writeBytes("[0.300s][info][gc] GC(4) Pause Full (System.gc()) 76M->34M(120M) 5.509ms\n"
                .getBytes(StandardCharsets.UTF_8));
        Logs logs = Logs.read(bytes.toByteArray());
        assertEquals(3, logs.summary.pauses());
        assertEquals(1, logs.summary.warnings().size());
        assertTrue(logs.summary.warnings().get(0).startsWith("test.log:5: garbled line"), logs.summary.warnings().get(0));
        assertTrue(logs.summary.warnings().get(0).endsWith("kept lines 1 to 4"), logs.summary.warnings().get(0));
    }

    @Test
    void aLineLongerThanSixtyFourKibibytesIsGarbled() throws Exception {
        Logs logs = Logs.read(G1 + "[0.200s][info][gc] " + "x".repeat(ByteLines.MAX_LINE_BYTES) + "\n"
                + "[0.300s][info][gc] GC(4) Pause Full (System.gc()) 76M->34M(120M) 5.509ms\n");
        assertEquals(3, logs.summary.pauses());
        assertTrue(logs.summary.warnings().get(0).startsWith("test.log:5: garbled line"),
                logs.summary.warnings().toString());
    }

    @Test
    void aFileThatIsNoGcLogIsRefusedNamingIt() {
        GcLogException e = assertThrows(GcLogException.class, () -> Logs.read("<project>\n  <modelVersion>4.0.0\n"));
        assertTrue(e.getMessage().startsWith("test.log: not a GC log"), e.getMessage());
        GcLogException binary = assertThrows(GcLogException.class,
                () -> Logs.read(new byte[] {'P', 'K', 3, 4, 0, 0, '\n', 'x'}));
        assertTrue(binary.getMessage().startsWith("test.log:1: not a GC log"), binary.getMessage());
        assertThrows(GcLogException.class, () -> Logs.read(""));
    }

    @Test
    void aLogWhoseFirstThousandLinesAreNoiseIsRefusedWithoutReadingOn() {
        String noise = "noise\n".repeat(GcLogReader.SNIFF_LINES);
        GcLogException e = assertThrows(GcLogException.class, () -> Logs.read(noise + G1));
        assertTrue(e.getMessage().contains("first 1000 non-blank lines"), e.getMessage());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreRead() throws Exception {
        Logs logs = Logs.read("\uFEFF" + G1.replace("\n", "\r\n"));
        assertEquals(3, logs.summary.pauses());
        assertEquals(0, logs.summary.unrecognisedLines());
        assertEquals("G1", logs.summary.collector());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt(@TempDir Path dir) {
        GcLogException e = assertThrows(GcLogException.class,
                () -> GcLogReader.read(dir.resolve("nope.log"), event -> { }));
        assertTrue(e.getMessage().endsWith("nope.log: no such file"), e.getMessage());
    }

    @Test
    void aRealLogCutInTheMiddleOfALineKeepsEverythingBefore(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(RuntimeCounters.resource("jdk17-g1-gc.log"));
        int cut = whole.length - 20; // inside the last pause line
        Path file = dir.resolve("cut.log");
        Files.write(file, java.util.Arrays.copyOf(whole, cut));
        GcLogSummary full = GcLogReader.read(RuntimeCounters.resource("jdk17-g1-gc.log"), e -> { });
        GcLogSummary truncated = GcLogReader.read(file, e -> { });
        assertEquals(full.pauses() - 1, truncated.pauses());
        assertEquals(1, truncated.warnings().size());
        assertTrue(truncated.warnings().get(0).startsWith("cut.log:" + full.lines() + ": the last line is cut off"),
                truncated.warnings().get(0));
    }
}
