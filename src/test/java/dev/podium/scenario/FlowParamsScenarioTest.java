package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.timeline.WorldEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client-side params are checked when the file loads, with the place of the bad value; runs repeat exactly. */
class FlowParamsScenarioTest {
    private static final String HEAD = "podium: 1\nname: p\ntitle: P\nduration: 10s\nworlds: [kube]\n";

    @Test
    void anUnknownPriorityLevelIsNamedAtItsPlace() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("p.yaml",
                HEAD + "params:\n  kube:\n    client.op.qps: 5\n    client.op.level: workload-lo\n"));
        assertTrue(e.getMessage().startsWith("p.yaml:9:22: client.op.level: 'workload-lo' is not a priority level"),
                e.getMessage());
    }

    @Test
    void aMisspelledClientFieldIsAnUnknownKey() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("p.yaml",
                HEAD + "params:\n  kube:\n    client.op.qsp: 5\n"));
        assertTrue(e.getMessage().startsWith("p.yaml:8:5: unknown key 'client.op.qsp'"), e.getMessage());
    }

    @Test
    void leaderElectionTimesMustBeOrdered() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("p.yaml",
                HEAD + "params:\n  kube:\n    leaderElection: op\n    renewDeadline: 20s\n"));
        assertTrue(e.getMessage().contains("leaseDuration > renewDeadline > retryPeriod"), e.getMessage());
        assertTrue(e.getMessage().startsWith("p.yaml:8:"), e.getMessage());
    }

    @Test
    void theSameLessonAndSeedGiveTheSameEvents() throws Exception {
        for (String lesson : List.of("client-side-throttling-qps50.yaml", "leader-election.yaml")) {
            ScenarioRun a = ScenarioRun.start(ScenarioLoader.loadBuiltIn(lesson));
            a.runToEnd();
            ScenarioRun b = ScenarioRun.start(ScenarioLoader.loadBuiltIn(lesson));
            b.runToEnd();
            List<WorldEvent> first = a.timeline().events();
            assertEquals(first, b.timeline().events(), lesson);
            assertTrue(first.size() > 100, lesson);
        }
    }

    @Test
    void theClientSideEventsGoThroughARecordingUnchanged(@TempDir Path dir) throws Exception {
        RecordingCodec codec = new RecordingCodec(ScenarioRun.eventTypes());
        for (String lesson : List.of("client-side-throttling.yaml", "leader-election.yaml")) {
            ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn(lesson));
            run.runToEnd();
            Path file = dir.resolve(lesson + ".jsonl");
            new RecordingWriter(codec).write(file, RecordingHeader.simulation(lesson, 5), run.timeline().events());
            Recording back = new RecordingReader(codec).read(file);
            assertEquals(List.of(), back.warnings(), lesson);
            assertEquals(run.timeline().events(), back.events(), lesson);
        }
    }
}
