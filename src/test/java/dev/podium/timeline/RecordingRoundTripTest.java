package dev.podium.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingRoundTripTest {
    private final RecordingCodec codec = new RecordingCodec(TestEvents.types());

    private List<WorldEvent> sample() {
        List<WorldEvent> events = new ArrayList<>();
        events.add(new TestEvents.Counted(0, 1, "first \"quoted\" 名字"));
        events.add(new Narrated(5, Map.of("zh-CN", "你好", "en", "Hello")));
        events.add(new TestEvents.Flagged(5, true, List.of("a", "b")));
        events.add(new TestEvents.Counted(Long.MAX_VALUE / 2, -3, "late"));
        return events;
    }

    @Test
    void writtenRecordingReadsBackEventIdentical(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.jsonl");
        new RecordingWriter(codec).write(file, RecordingHeader.simulation("demo", 42), sample());
        Recording back = new RecordingReader(codec).read(file);
        assertEquals(sample(), back.events());
        assertEquals(RecordingHeader.simulation("demo", 42), back.header());
        assertEquals(List.of(), back.warnings());
        assertEquals(1, Files.list(dir).count(), "no temporary file is left beside the recording");
    }

    @Test
    void aHeaderNamesItsWorldsAndAVersionOneHeaderStillReads() {
        RecordingHeader named = RecordingHeader.simulation("demo", 7, List.of("queue", "kube"));
        String line = codec.encodeHeader(named);
        assertEquals("{\"format\":\"podium-recording\",\"version\":2,\"source\":\"simulation\",\"scenario\":\"demo\","
                + "\"seed\":7,\"worlds\":[\"queue\",\"kube\"]}", line);
        assertEquals(named, codec.decodeHeader(line));

        RecordingHeader v1 = codec.decodeHeader("{\"format\":\"podium-recording\",\"version\":1,\"source\":\"live\","
                + "\"scenario\":\"prod\",\"seed\":0,\"created\":\"2026-11-27T10:00:00Z\"}");
        assertEquals(1, v1.version());
        assertEquals(List.of(), v1.worlds());
        assertEquals("2026-11-27T10:00:00Z", v1.created());
        IllegalArgumentException future = assertThrows(IllegalArgumentException.class, () -> codec.decodeHeader(
                "{\"format\":\"podium-recording\",\"version\":3,\"source\":\"live\"}"));
        assertTrue(future.getMessage().contains("versions 1 to 2"), future.getMessage());
    }

    @Test
    void linesFollowTheDocumentedFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.jsonl");
        new RecordingWriter(codec).write(file, RecordingHeader.simulation("demo", 42), sample());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("{\"format\":\"podium-recording\",\"version\":2,\"source\":\"simulation\",\"scenario\":\"demo\","
                + "\"seed\":42}", lines.get(0));
        assertEquals("{\"t\":0,\"type\":\"Counted\",\"delta\":1,\"label\":\"first \\\"quoted\\\" 名字\"}", lines.get(1));
        assertEquals("{\"t\":5,\"type\":\"Narrated\",\"text\":{\"en\":\"Hello\",\"zh-CN\":\"你好\"}}", lines.get(2));
    }

    @Test
    void truncatedRecordingKeepsEventsBeforeTheBrokenLineAndNamesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.jsonl");
        new RecordingWriter(codec).write(file, RecordingHeader.simulation("demo", 42), sample());
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 12)); // cut inside the last line
        Recording back = new RecordingReader(codec).read(file);
        assertEquals(sample().subList(0, 3), back.events());
        assertEquals(1, back.warnings().size());
        assertTrue(back.warnings().get(0).startsWith(file + ":5: "), back.warnings().get(0));
        assertTrue(back.warnings().get(0).contains("kept the 3 events before it"), back.warnings().get(0));
    }

    @Test
    void unknownTypesAreSkippedWithOneWarningAndReadingGoesOn() throws Exception {
        String text = codec.encodeHeader(RecordingHeader.simulation("demo", 1)) + "\n"
                + "{\"t\":1,\"type\":\"FromTheFuture\",\"x\":1}\n"
                + codec.encode(new TestEvents.Counted(2, 1, "a")) + "\n"
                + "{\"t\":3,\"type\":\"FromTheFuture\",\"x\":2}\n"
                + codec.encode(new TestEvents.Counted(4, 1, "b")) + "\n";
        Recording back = new RecordingReader(codec).read("mem", new StringReader(text));
        assertEquals(2, back.events().size());
        assertEquals(List.of("mem:2: unknown event type \"FromTheFuture\" skipped (here and on any later line)"),
                back.warnings());
    }

    @Test
    void corruptFieldsAndTimeTravelStopReadingWithTheLineNumber() throws Exception {
        String header = codec.encodeHeader(RecordingHeader.simulation("demo", 1)) + "\n";
        String good = codec.encode(new TestEvents.Counted(10, 1, "a")) + "\n";
        Recording wrongType = new RecordingReader(codec).read("mem",
                new StringReader(header + good + "{\"t\":11,\"type\":\"Counted\",\"delta\":\"x\",\"label\":\"b\"}\n"));
        assertEquals(1, wrongType.events().size());
        assertTrue(wrongType.warnings().get(0).startsWith("mem:3: bad fields for Counted"), wrongType.warnings().get(0));

        Recording backwards = new RecordingReader(codec).read("mem",
                new StringReader(header + good + codec.encode(new TestEvents.Counted(9, 1, "b")) + "\n"));
        assertEquals(1, backwards.events().size());
        assertTrue(backwards.warnings().get(0).startsWith("mem:3: event time 9 is earlier"), backwards.warnings().get(0));
    }

    @Test
    void badHeaderOrMissingFileIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path notOurs = dir.resolve("x.jsonl");
        Files.writeString(notOurs, "{\"hello\":1}\n");
        RecordingException e = assertThrows(RecordingException.class, () -> new RecordingReader(codec).read(notOurs));
        assertTrue(e.getMessage().startsWith(notOurs + ":1: not a Podium recording"), e.getMessage());
        RecordingException missing = assertThrows(RecordingException.class,
                () -> new RecordingReader(codec).read(dir.resolve("nope.jsonl")));
        assertTrue(missing.getMessage().endsWith("no such file"), missing.getMessage());
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "");
        assertThrows(RecordingException.class, () -> new RecordingReader(codec).read(empty));
    }

    @Test
    void nonUtf8BytesStopReadingWithAWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bin.jsonl");
        byte[] head = (codec.encodeHeader(RecordingHeader.simulation("demo", 1)) + "\n"
                + codec.encode(new TestEvents.Counted(1, 1, "a")) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xff;
        bytes[head.length + 1] = (byte) 0xfe;
        bytes[head.length + 2] = '\n';
        bytes[head.length + 3] = '\n';
        Files.write(file, bytes);
        Recording back = new RecordingReader(codec).read(file);
        assertEquals(1, back.events().size());
        assertTrue(back.warnings().get(0).contains("not UTF-8"), back.warnings().get(0));
    }

    record Clashing(long timeNanos, String type) implements WorldEvent {
    }

    @Test
    void aComponentNamedTypeIsRefusedBecauseItWouldShadowTheEventType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventTypes().register(List.of(Clashing.class)));
        assertTrue(e.getMessage().contains("component named \"type\""), e.getMessage());
    }
}
