package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in manifests/bad is refused with a problem that has the expected text at the expected place. Files
 * named {@code scenario-*} are scenarios: their manifests (inline and files) are read as {@code readAll} reads
 * them, and the place is in the scenario file unless another file is named.
 */
class BadManifestFilesTest {

    private static final String REQUIRED = "missing; expected ";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("replicas-not-a-number.yaml", "5:13", "spec.replicas: expected a whole number (for example 3), "
                        + "found text 'three'"),
                bad("replicas-negative.yaml", "5:13", "spec.replicas: -2 is out of range; expected 0 or more"),
                bad("containers-is-a-map.yaml", "5:15", "spec.containers: expected a list such as [{name: web, "
                        + "image: nginx}], found a map"),
                bad("container-without-image.yaml", "7:5", "spec.containers[0].image: " + REQUIRED),
                bad("metadata-without-name.yaml", "3:11", "metadata.name: " + REQUIRED),
                bad("name-not-dns.yaml", "4:9", "metadata.name: 'My_Web' is not a valid name"),
                bad("deployment-without-selector.yaml", "5:3", "spec.selector: " + REQUIRED),
                bad("selector-does-not-match-template.yaml", "9:15", "spec.template.metadata.labels: {app=web} do not "
                        + "match spec.selector {app=web, tier=front}"),
                bad("selector-match-expressions.yaml", "6:23", "matchExpressions: not supported"),
                bad("memory-not-a-quantity.yaml", "10:19", "spec.containers[0].resources.requests.memory: '12 GB' is "
                        + "not a quantity"),
                bad("cpu-is-a-list.yaml", "8:33", "resources.limits.cpu: expected a quantity such as 500m or 2, "
                        + "found a list"),
                bad("request-above-limit.yaml", "9:25", "resources.requests.cpu: '2' must be at most the limit "
                        + "'500m'"),
                bad("strategy-misspelt.yaml", "6:11", "spec.strategy.type: 'RollingUpdte' is not supported (did you "
                        + "mean 'RollingUpdate'?)"),
                bad("max-surge-not-a-percentage.yaml", "6:31", "maxSurge: expected a whole number or a percentage "
                        + "such as 25%"),
                bad("template-restart-never.yaml", "9:22", "restartPolicy: 'Never' is not allowed here"),
                bad("probe-without-handler.yaml", "9:9", "livenessProbe: expected exactly one handler of exec, "
                        + "httpGet, tcpSocket, grpc, found 0"),
                bad("liveness-success-threshold.yaml", "10:27", "livenessProbe.successThreshold: must be 1 for "
                        + "liveness and startup probes, found 2"),
                bad("duplicate-container-name.yaml", "5:27", "spec.initContainers[0].name: 'web' is used by another "
                        + "container"),
                bad("toleration-seconds-without-no-execute.yaml", "10:24", "tolerationSeconds: only applies to "
                        + "effect NoExecute"),
                bad("node-without-capacity.yaml", "5:3", "a Node needs cpu and memory in status.allocatable or "
                        + "status.capacity"),
                bad("node-taint-without-effect.yaml", "6:7", "spec.taints[0].effect: " + REQUIRED),
                bad("service-without-selector.yaml", "5:3", "spec.selector: " + REQUIRED),
                bad("service-port-out-of-range.yaml", "8:13", "spec.ports[1].port: 70000 is out of range; expected "
                        + "from 1 to 65535"),
                bad("hpa-max-below-min.yaml", "7:16", "spec.maxReplicas: 3 is less than spec.minReplicas (5)"),
                bad("hpa-without-max-replicas.yaml", "5:3", "spec.maxReplicas: " + REQUIRED),
                bad("missing-kind.yaml", "1:1", "kind: " + REQUIRED),
                bad("document-is-a-list.yaml", "7:1", "expected a Kubernetes object (a map with apiVersion, kind and "
                        + "metadata), found a list"),
                bad("defined-twice.yaml", "6:1", "Service default/web is defined twice; it was first defined at "),
                bad("syntax-error-in-second-document.yaml", "10:5", "YAML syntax error"),
                bad("anchor.yaml", "6:7", "anchors and aliases (&name, *name) are not supported"),
                bad("scenario-inline-replicas.yaml", "11:15", "spec.replicas: expected a whole number"),
                bad("scenario-inline-explicit-indent.yaml", "12:77", "requests.memory: 'lots' is not a quantity"),
                bad("scenario-inline-syntax-error.yaml", "8:26", "YAML syntax error: expected ',' or ']', but got } "
                        + "(while parsing a flow sequence at line 8, column 22)"),
                bad("scenario-missing-manifest-file.yaml", "7:5", "manifestFiles: cannot read 'no-such-manifest.yaml': "
                        + "no such file (looked for "),
                inFile("scenario-manifest-file-with-error.yaml", "replicas-not-a-number.yaml", "5:13",
                        "spec.replicas: expected a whole number"));
    }

    private static Arguments bad(String file, String lineColumn, String fragment) {
        return Arguments.of(file, file, lineColumn, fragment);
    }

    private static Arguments inFile(String file, String problemFile, String lineColumn, String fragment) {
        return Arguments.of(file, problemFile, lineColumn, fragment);
    }

    @ParameterizedTest(name = "{0} is refused at {2}")
    @MethodSource("badFiles")
    void badManifestIsRefusedWithLocatedMessage(String file, String problemFile, String lineColumn, String fragment)
            throws Exception {
        Path path = badFolder().resolve(file);
        ScenarioException e = assertThrows(ScenarioException.class, () -> read(path));
        List<ScenarioProblem> matching = e.problems().stream()
                .filter(p -> (p.where().line() + ":" + p.where().column()).equals(lineColumn))
                .filter(p -> p.message().contains(fragment))
                .toList();
        assertEquals(1, matching.size(), () -> "expected one problem at " + lineColumn + " containing '" + fragment
                + "', got:\n" + e.getMessage());
        String expectedFile = badFolder().resolve(problemFile).toString();
        assertEquals(expectedFile, matching.get(0).where().file());
        assertTrue(e.getMessage().contains(expectedFile + ":" + lineColumn + ": "), e::getMessage);
    }

    @ParameterizedTest(name = "{0} names no Java class")
    @MethodSource("badFiles")
    void messagesNameNoJavaClassesAndHaveNoStackTrace(String file) throws Exception {
        Path path = badFolder().resolve(file);
        ScenarioException e = assertThrows(ScenarioException.class, () -> read(path));
        assertFalse(e.getMessage().matches("(?s).*(tools\\.jackson|org\\.snakeyaml|java\\.|Exception|\\tat ).*"),
                e::getMessage);
    }

    @Test
    void everyBadFileHasAnExpectation() throws Exception {
        Set<String> expected = badFiles().map(args -> (String) args.get()[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(badFolder())) {
            present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, expected);
    }

    private static ManifestSet read(Path path) throws Exception {
        if (path.getFileName().toString().startsWith("scenario-")) {
            return ManifestReader.readAll(ScenarioLoader.load(path), path.getParent());
        }
        return ManifestReader.read(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    static Path badFolder() throws Exception {
        return Path.of(BadManifestFilesTest.class.getResource("/manifests/bad/anchor.yaml").toURI()).getParent();
    }
}
