package dev.podium.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingException;
import dev.podium.timeline.RecordingReader;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the recording reader (a {@code .podium.jsonl} file opened by the app or
 * {@code podium replay}), with the event types of every world. Seeds: the first lines of recordings of a queue
 * run, a Kubernetes lesson, a Go lesson and a GC lesson ({@code RecordingFuzzTestInputs/recording}).
 */
class RecordingFuzzTest {
    private static final RecordingReader READER = new RecordingReader(new RecordingCodec(ScenarioRun.eventTypes()));

    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "/dev/podium/fuzz/json.dict")
    void recording(byte[] data) {
        FuzzCheck.check("recording", data, RecordingException.class, FuzzCheck.namesFile("fuzz.jsonl"),
                bytes -> READER.read("fuzz.jsonl", new ByteArrayInputStream(bytes)));
    }
}
