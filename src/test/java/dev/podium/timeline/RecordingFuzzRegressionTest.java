package dev.podium.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Inputs the recording fuzzer found: each is a located error or warning, never another exception. */
class RecordingFuzzRegressionTest {
    private static final String HEADER = "{\"format\":\"podium-recording\",\"version\":2,\"source\":\"simulation\","
            + "\"scenario\":\"q\",\"seed\":1,\"worlds\":[\"queue\"]}\n";

    private final RecordingReader reader = new RecordingReader(new RecordingCodec(new EventTypes()));

    @Test
    void aTimeBeyondALongStopsReadingWithALocatedWarning() throws Exception {
        Recording r = reader.read("r.jsonl", new StringReader(HEADER
                + "{\"t\":999999999916861662574,\"type\":\"CustomerArrived\",\"customer\":1,\"waiting\":1}\n"));
        assertEquals(1, r.warnings().size(), r.warnings()::toString);
        assertTrue(r.warnings().get(0).startsWith("r.jsonl:2: \"t\": 999999999916861662574 is out of range"),
                r.warnings()::toString);
    }

    @Test
    void aSeedOrVersionBeyondTheirRangeIsALocatedError() {
        RecordingException seed = assertThrows(RecordingException.class, () -> reader.read("r.jsonl",
                new StringReader(HEADER.replace("\"seed\":1", "\"seed\":99999999999999999999999"))));
        assertTrue(seed.getMessage().startsWith("r.jsonl:1: \"seed\""), seed.getMessage());
        RecordingException version = assertThrows(RecordingException.class, () -> reader.read("r.jsonl",
                new StringReader(HEADER.replace("\"version\":2", "\"version\":99999999999999999999999"))));
        assertTrue(version.getMessage().startsWith("r.jsonl:1: recording version"), version.getMessage());
    }
}
