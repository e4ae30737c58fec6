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
import dev.podium.world.kube.event.DeploymentScaled;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeScenarioTest {
    private static final long SECOND = 1_000_000_000L;

    static final String MANIFESTS = """
            manifests: |
              apiVersion: v1
              kind: Node
              metadata: {name: node-a}
              status: {allocatable: {cpu: "4", memory: 8Gi, pods: "110"}}
              ---
              apiVersion: apps/v1
              kind: Deployment
              metadata: {name: web}
              spec:
                replicas: 3
                selector: {matchLabels: {app: web}}
                template:
                  metadata: {labels: {app: web}}
                  spec:
                    containers:
                      - {name: nginx, image: "nginx:1.27", resources: {requests: {cpu: 250m, memory: 128Mi}}}
            """;

    private static Scenario scenario(String actions) throws ScenarioException {
        return ScenarioLoader.parse("k.yaml", "podium: 1\nname: k\nworlds: [kube]\nseed: 3\nduration: 2m\n"
                + MANIFESTS + actions);
    }

    private static KubeState endState(ScenarioRun run) {
        KubeProjection projection = new KubeProjection();
        KubeState state = projection.initial();
        for (WorldEvent e : run.timeline().events()) {
            projection.apply(state, e);
        }
        return state;
    }

    @Test
    void aDeploymentFromTheManifestsHealsAfterAPodIsDeletedAndScales() throws Exception {
        ScenarioRun run = ScenarioRun.start(scenario("""
                actions:
                  - {at: 40s, do: deletePod, target: "web-*"}
                  - {at: 70s, do: scale, target: web, replicas: 5}
                """));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        assertTrue(run.timeline().events().stream().anyMatch(e -> e instanceof PodDeleted));
        assertTrue(run.timeline().events().stream().anyMatch(e -> e instanceof DeploymentScaled));
        KubeState end = endState(run);
        long running = end.pods().stream().filter(p -> "Running".equals(p.status()) && p.ready()).count();
        assertEquals(5, running, "five ready pods after healing and scaling");
    }

    @Test
    void kubeVerbsWithoutTheirTargetOrArgumentsAreLoadErrorsAtTheirPlace() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> scenario("""
                actions:
                  - {at: 10s, do: scale, target: web}
                  - {at: 20s, do: failNode}
                  - {at: 30s, do: setLoad, target: web, cpuPerPod: lots}
                """));
        String all = e.getMessage();
        assertTrue(all.contains("k.yaml:24:5: scale needs 'replicas'"), all);
        assertTrue(all.contains("k.yaml:25:5: failNode needs a 'target' (a node name)"), all);
        assertTrue(all.contains("k.yaml:26:52: cpuPerPod:"), all);
    }

    @Test
    void aTargetThatNamesNothingIsAnActionProblemAndTheRunGoesOn() throws Exception {
        ScenarioRun run = ScenarioRun.start(scenario("""
                actions:
                  - {at: 10s, do: failNode, target: node-zz}
                """));
        run.runToEnd();
        assertEquals(1, run.actionProblems().size());
        assertTrue(run.actionProblems().get(0).toString().startsWith("k.yaml:24:5: failNode node-zz: "),
                run.actionProblems().toString());
    }

    @Test
    void manifestFilesResolveBesideTheScenarioFile(@TempDir Path dir) throws Exception {
        String manifests = MANIFESTS.substring(MANIFESTS.indexOf('\n') + 1).replaceAll("(?m)^  ", "");
        Files.writeString(dir.resolve("cluster.yaml"), manifests);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "podium: 1\nname: s\nworlds: [kube]\nduration: 1m\nmanifestFiles: [cluster.yaml]\n");
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.load(file));
        run.runToEnd();
        assertEquals(3, endState(run).pods().size());
    }

    @Test
    void everyKubeEventOfARunSurvivesARecordingRoundTrip() throws Exception {
        ScenarioRun run = ScenarioRun.start(scenario("""
                actions:
                  - {at: 30s, do: setImage, target: web, image: "nginx:1.28"}
                  - {at: 60s, do: dropWatch, target: kcm/pods}
                  - {at: 70s, do: failNode, target: node-a}
                """));
        run.runToEnd();
        RecordingCodec codec = new RecordingCodec(ScenarioRun.eventTypes());
        StringWriter text = new StringWriter();
        new RecordingWriter(codec).writeTo(text, RecordingHeader.simulation("k", 3), run.timeline().events());
        Recording back = new RecordingReader(codec).read("k.jsonl", new StringReader(text.toString()));
        assertEquals(List.of(), back.warnings());
        assertEquals(run.timeline().events(), back.events());
        Set<String> types = new HashSet<>();
        run.timeline().events().forEach(e -> types.add(e.type()));
        assertTrue(types.size() >= 25, "a varied run: " + types);
        assertTrue(run.timeline().endNanos() >= 120 * SECOND);
    }

    @Test
    void resyncPeriodMakesInformersResyncOnTheirTimer() throws Exception {
        Scenario withResync = ScenarioLoader.parse("r.yaml", "podium: 1\nname: r\nworlds: [kube]\nduration: 2m\n"
                + "params: {resyncPeriod: 30s}\n" + MANIFESTS);
        ScenarioRun run = ScenarioRun.start(withResync);
        run.runToEnd();
        List<Long> times = run.timeline().events().stream()
                .filter(e -> e instanceof dev.podium.world.kube.event.InformerResynced)
                .map(e -> e.timeNanos() / SECOND).distinct().toList();
        assertTrue(times.size() >= 3, "resyncs every 30 s: " + times);
        ScenarioRun without = ScenarioRun.start(scenario(""));
        without.runToEnd();
        assertTrue(without.timeline().events().stream()
                .noneMatch(e -> e instanceof dev.podium.world.kube.event.InformerResynced), "off by default");
    }
}
