package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.podium.timeline.Asked;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.WorldEvent;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code ask} action: parsed from a scenario, recorded in the timeline, deterministic, read back. */
class AskActionTest {
    private static final long SECOND = 1_000_000_000L;
    static final String YAML = """
            podium: 1
            name: ask-example
            worlds: [queue]
            duration: 2m
            actions:
              - at: 10s
                do: say
                say: {en: "Customers arrive.", zh-CN: "顾客到来。"}
              - at: 30s
                do: ask
                question: {en: "Will the queue grow?", zh-CN: "队列会变长吗？"}
                options:
                  - {en: "Yes", zh-CN: "会"}
                  - {en: "No", zh-CN: "不会"}
                answer: 2
                explain: {en: "Service keeps up.", zh-CN: "服务跟得上。"}
            """;

    @Test
    void askIsParsedWithItsOptionsAndAnswerFromOne() throws Exception {
        Scenario scenario = ScenarioLoader.parse("ask.yaml", YAML);
        TimedAction ask = scenario.actions().get(1);
        assertEquals(TimedAction.ASK, ask.verb());
        assertEquals("队列会变长吗？", ask.question().text().get("zh-CN"));
        assertEquals(List.of("Yes", "No"), ask.question().options().stream().map(o -> o.get("en")).toList());
        assertEquals(1, ask.question().answer());
        assertEquals("Service keeps up.", ask.question().explain().get("en"));
    }

    @Test
    void runRecordsTheQuestionAndItsExplanationJustAfter() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("ask.yaml", YAML));
        run.runToEnd();
        List<WorldEvent> cues = run.timeline().events().stream()
                .filter(e -> e instanceof Narrated || e instanceof Asked).toList();
        assertEquals(run.cues(), cues, "the cues known up front are the ones the run records");
        assertEquals(3, cues.size());
        Asked asked = assertInstanceOf(Asked.class, cues.get(1));
        assertEquals(30 * SECOND, asked.timeNanos());
        assertEquals("Will the queue grow?", asked.questionIn("en"));
        assertEquals("不会", asked.optionIn(1, "zh-CN"));
        assertEquals(1, asked.answer());
        Narrated explanation = assertInstanceOf(Narrated.class, cues.get(2));
        assertEquals(30 * SECOND + 1, explanation.timeNanos());
        assertEquals("服务跟得上。", explanation.textIn("zh-CN"));
    }

    @Test
    void askRecordingIsByteIdenticalAndReadsBack() throws Exception {
        byte[] first = recording();
        assertArrayEquals(first, recording());
        RecordingCodec codec = new RecordingCodec(ScenarioRun.eventTypes());
        Recording read = new RecordingReader(codec).read("ask.jsonl", new ByteArrayInputStream(first));
        Asked asked = read.events().stream().filter(Asked.class::isInstance).map(Asked.class::cast)
                .findFirst().orElseThrow();
        assertEquals("会", asked.optionIn(0, "zh-CN"));
        assertEquals(1, asked.answer());
    }

    private static byte[] recording() throws Exception {
        return ScenarioRunTest.recordingBytes(ScenarioLoader.parse("ask.yaml", YAML));
    }
}
