package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.LocalizedText;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.Section;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.HpaManifest;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.PodManifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests read from scenarios: warnings, files beside the scenario, places in the scenario file, limits. */
class ManifestScenarioTest {

    private static final String HEADER = "podium: 1\nname: kube-test\nworlds: [kube]\nduration: 1m\n";
    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata: {name: %s}\n"
            + "spec: {containers: [{name: c, image: busybox}]}\n";

    @Test
    void unsupportedKindsAreWarningsNamingKindVersionNameAndPlace() throws Exception {
        String yaml = "apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: settings}\nspec: {}\n---\n"
                + "apiVersion: apps/v1beta1\nkind: Deployment\nmetadata: {name: old}\nspec: {}\n---\n"
                + String.format(POD, "web");

        ManifestSet set = ManifestReader.read("mixed.yaml", yaml);

        assertEquals(List.of("web"), set.objects().stream().map(o -> o.meta().name()).toList());
        assertEquals(2, set.warnings().size(), set.warnings()::toString);
        assertEquals("mixed.yaml:2:7: unsupported kind PersistentVolume 'settings' (apiVersion v1) is ignored; "
                + "Podium simulates Pod, Node, Service, Deployment, ReplicaSet, HorizontalPodAutoscaler, Ingress, "
                + "ConfigMap, Secret, CustomResourceDefinition, StatefulSet, DaemonSet, Job, PriorityClass",
                set.warnings().get(0).toString());
        assertEquals("mixed.yaml:7:7: unsupported kind Deployment 'old' (apiVersion apps/v1beta1) is ignored; "
                + "Podium reads Deployment in apiVersion apps/v1", set.warnings().get(1).toString());
    }

    @Test
    void misspeltKindIsAWarningWithASuggestion() throws Exception {
        ManifestSet set = ManifestReader.read("typo.yaml", "apiVersion: apps/v1\nkind: Deploymnet\nmetadata: "
                + "{name: web}\n");

        assertEquals(List.of(), set.objects());
        assertTrue(set.warnings().get(0).message().contains("(did you mean 'Deployment'?)"),
                set.warnings()::toString);
    }

    @Test
    void hpaMetricPodiumDoesNotSimulateIsAWarningAndCpuStillCounts() throws Exception {
        String yaml = "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n"
                + "  scaleTargetRef: {kind: Deployment, name: web}\n  maxReplicas: 5\n  metrics:\n"
                + "  - {type: Resource, resource: {name: memory, target: {type: Utilization, averageUtilization: 70}}}\n"
                + "  - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 55}}}\n";

        ManifestSet set = ManifestReader.read("hpa.yaml", yaml);

        assertEquals(55, set.objectsOf(HpaManifest.class).get(0).targetCpuPercent());
        assertEquals("hpa.yaml:8:5: spec.metrics[0]: only {type: Resource, resource: {name: cpu, target: {type: "
                + "Utilization}}} is simulated; this Resource metric on memory is ignored",
                set.warnings().get(0).toString());
    }

    @Test
    void readAllReadsInlineManifestsThenEachFileBesideTheScenario(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("k8s"));
        Files.writeString(folder.resolve("k8s/b.yaml"), String.format(POD, "b") + "---\n" + String.format(POD, "c"));
        Files.writeString(folder.resolve("d.yaml"), String.format(POD, "d"));
        Path scenarioFile = folder.resolve("s.yaml");
        Files.writeString(scenarioFile, HEADER + "manifests: |\n" + String.format(POD, "a").indent(2)
                + "manifestFiles: [k8s/b.yaml, ./d.yaml]\n");

        ManifestSet set = ManifestReader.readAll(ScenarioLoader.load(scenarioFile), folder);

        assertEquals(List.of("a", "b", "c", "d"), set.objectsOf(PodManifest.class).stream()
                .map(p -> p.meta().name()).toList());
    }

    @Test
    void everyProblemOfEverySourceIsReportedTogether(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("bad.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {}\n");
        Path scenarioFile = folder.resolve("s.yaml");
        Files.writeString(scenarioFile, HEADER + "manifests: |\n  apiVersion: v1\n  kind: Pod\n"
                + "  metadata: {name: Bad Name}\n  spec: {containers: []}\n"
                + "manifestFiles: [bad.yaml, missing.yaml, /etc/hostname]\n");

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.readAll(ScenarioLoader.load(scenarioFile), folder));

        List<String> places = e.problems().stream().map(p -> p.where().file().equals(scenarioFile.toString())
                ? "s.yaml:" + p.where().line() + ":" + p.where().column()
                : "bad.yaml:" + p.where().line() + ":" + p.where().column()).toList();
        assertEquals(List.of("s.yaml:8:20", "s.yaml:9:22", "bad.yaml:4:7", "s.yaml:10:27", "s.yaml:10:41"), places,
                e::getMessage);
        assertTrue(e.problems().get(4).message().contains("'/etc/hostname' is an absolute path"), e::getMessage);
    }

    @Test
    void foldedManifestsAreLocatedWithinTheirTextUnderAMarkedName() throws Exception {
        Scenario scenario = ScenarioLoader.parse("s.yaml", HEADER + "manifests: >\n  apiVersion: v1\n\n  kind: Pod\n"
                + "\n  metadata: {name: web}\n\n  spec: {containers: {}}\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.readInline(scenario));

        assertEquals("s.yaml#manifests:4:20: spec.containers: expected a list such as [{name: web, image: nginx}], "
                + "found a map", e.getMessage());
    }

    @Test
    void manifestsOfAScenarioBuiltInCodeAreLocatedWithinTheirText() {
        Scenario scenario = new Scenario("code", "code", LocalizedText.empty(), LocalizedText.empty(),
                List.of("kube"), 1, 1, Map.of(), List.of(), Map.of("manifests", Section.ofText("code", "manifests",
                        "apiVersion: v1\nkind: Pod\nmetadata: {}\n")));

        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.readInline(scenario));

        assertEquals("code#manifests:1:1: spec: missing; expected a pod spec with containers\n"
                + "code#manifests:3:11: metadata.name: missing; expected a name such as web (generateName is not "
                + "supported)", e.getMessage());
    }

    @Test
    void windowsLineEndingsKeepInlinePlacesExact() throws Exception {
        String text = (HEADER + "manifests: |\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: w}\n"
                + "  spec:\n    replicas: many\n").replace("\n", "\r\n");

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.readInline(ScenarioLoader.parse("crlf.yaml", text)));

        assertEquals("crlf.yaml:10:15", e.problems().stream().filter(p -> p.message().contains("replicas"))
                .findFirst().orElseThrow().where().toString(), e::getMessage);
    }

    @Test
    void scenarioWithoutManifestsHasNoObjects() throws Exception {
        Scenario scenario = ScenarioLoader.parse("s.yaml", HEADER);

        assertEquals(ManifestSet.empty(), ManifestReader.readAll(scenario, Path.of(".")));
    }

    @Test
    void aliasBombInAManifestIsRefusedAtItsFirstAnchor() {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n");
        yaml.append("  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append("  ").append(name).append(": &").append(name).append(" [*").append((char) (name - 1))
                    .append(",*").append((char) (name - 1)).append("]\n");
        }

        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("bomb.yaml",
                yaml.toString()));

        assertEquals("bomb.yaml:5:6: anchors and aliases (&name, *name) are not supported", e.getMessage());
    }

    @Test
    void deepNestingInAManifestIsRefused() {
        String deep = "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: " + "[".repeat(50_000)
                + "]".repeat(50_000) + "\n";

        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("deep.yaml", deep));

        assertEquals("deep.yaml:4:38: nesting is deeper than 32 levels of maps and lists", e.getMessage());
    }

    @Test
    void manifestFileOverOneMebibyteIsRefusedAtItsEntry(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("huge.yaml"), new byte[ManifestReader.MAX_BYTES + 1]);
        Path scenarioFile = folder.resolve("s.yaml");
        Files.writeString(scenarioFile, HEADER + "manifestFiles: [huge.yaml]\n");

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.readAll(ScenarioLoader.load(scenarioFile), folder));

        assertEquals(scenarioFile + ":5:17: manifestFiles: cannot read 'huge.yaml': it is 1048577 bytes; the limit "
                + "is 1 MiB", e.getMessage());
    }

    @Test
    void manifestTextOverOneMebibyteIsRefusedBeforeParsing() {
        String huge = "# " + "x".repeat(ManifestReader.MAX_BYTES) + "\n";

        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("huge.yaml", huge));

        assertEquals("huge.yaml: manifests are " + huge.length() + " bytes; the limit is 1 MiB", e.getMessage());
    }

    @Test
    void manifestFileThatIsNotUtf8IsRefusedAtTheBadByte(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("latin1.yaml"), "kind: Pod\nmetadata: {name: caf\u00e9}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path scenarioFile = folder.resolve("s.yaml");
        Files.writeString(scenarioFile, HEADER + "manifestFiles: [latin1.yaml]\n");

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.readAll(ScenarioLoader.load(scenarioFile), folder));

        assertTrue(e.getMessage().startsWith(folder.resolve("latin1.yaml") + ":2:21: not valid UTF-8"),
                e::getMessage);
    }

    @Test
    void problemsPastFiftyAreCounted() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            yaml.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: p").append(i).append("}\nspec: {}\n");
        }

        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("many.yaml",
                yaml.toString()));

        assertEquals(51, e.problems().size());
        assertEquals("many.yaml: 10 more problems not shown", e.problems().get(50).toString());
    }

    @Test
    void objectsKeepTheirOrderAndKinds() throws Exception {
        Path good = Path.of(getClass().getResource("/manifests/good/multi-document.yaml").toURI());

        List<KubeManifest> objects = ManifestReader.read("m.yaml", Files.readString(good)).objects();

        assertEquals(List.of("Node", "Service", "HorizontalPodAutoscaler"),
                objects.stream().map(KubeManifest::kind).toList());
        assertEquals(List.of(), ManifestReader.read("m.yaml", Files.readString(good))
                .objectsOf(DeploymentManifest.class));
    }
}
