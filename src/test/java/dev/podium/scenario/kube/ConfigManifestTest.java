package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.world.kube.spec.ConfigMapManifest;
import dev.podium.world.kube.spec.SecretManifest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** v1 ConfigMap and Secret read from manifests: values, sizes, located problems, and Secret values kept hidden. */
class ConfigManifestTest {
    private static final String PLANTED = "hunter2-planted-secret";
    private static final String MANIFESTS = String.join("\n",
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata: {name: app-config}",
            "data:",
            "  LOG_LEVEL: info",
            "  app.properties: |",
            "    color=blue",
            "binaryData:",
            "  logo.png: AAEC",
            "---",
            "apiVersion: v1",
            "kind: Secret",
            "metadata: {name: db, namespace: shop}",
            "data:",
            "  user: YWRtaW4=",
            "stringData:",
            "  password: " + PLANTED,
            "");

    @Test
    void configMapAndSecretAreSupportedKinds() throws Exception {
        ManifestSet set = ManifestReader.read("cfg.yaml", MANIFESTS);
        assertEquals(List.of(), set.warnings());
        ConfigMapManifest cm = set.objectsOf(ConfigMapManifest.class).get(0);
        assertEquals("default/app-config", cm.meta().key());
        assertEquals("info", cm.data().get("LOG_LEVEL"));
        assertEquals("color=blue\n", cm.data().get("app.properties"));
        assertEquals(Map.of("LOG_LEVEL", 4, "app.properties", 11, "logo.png", 3), cm.sizes());
        SecretManifest secret = set.objectsOf(SecretManifest.class).get(0);
        assertEquals("Opaque", secret.type());
        assertArrayEquals("admin".getBytes(StandardCharsets.UTF_8), secret.value("user"));
        assertArrayEquals(PLANTED.getBytes(StandardCharsets.UTF_8), secret.value("password"));
        assertEquals(Map.of("password", PLANTED.length(), "user", 5), secret.sizes());
    }

    @Test
    void secretTextNamesKeysAndSizesButNeverAValue() throws Exception {
        SecretManifest secret = ManifestReader.read("cfg.yaml", MANIFESTS).objectsOf(SecretManifest.class).get(0);
        String shown = secret.toString() + ManifestReader.read("cfg.yaml", MANIFESTS).objects();
        assertTrue(shown.contains("password=" + PLANTED.length()), shown);
        assertFalse(shown.contains(PLANTED), shown);
        assertFalse(shown.contains("admin"), shown);
    }

    @Test
    void stringDataWinsOverDataForTheSameKey() throws Exception {
        SecretManifest secret = ManifestReader.read("s.yaml", String.join("\n", "apiVersion: v1", "kind: Secret",
                "metadata: {name: s}", "data: {k: YWRtaW4=}", "stringData: {k: other}", ""))
                .objectsOf(SecretManifest.class).get(0);
        assertArrayEquals("other".getBytes(StandardCharsets.UTF_8), secret.value("k"));
    }

    @Test
    void badBase64AndBadKeysAreLocatedWithoutQuotingTheValue() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("cfg.yaml",
                MANIFESTS.replace("YWRtaW4=", "not*base64").replace("LOG_LEVEL", "LOG LEVEL")));
        assertTrue(e.getMessage().contains("cfg.yaml:15:9: data.user: not valid base64 (10 characters)"),
                e::getMessage);
        assertTrue(e.getMessage().contains("cfg.yaml:5:3: data.LOG LEVEL: not a valid key"), e::getMessage);
        assertFalse(e.getMessage().contains("not*base64"), e::getMessage);
    }

    @Test
    void aKeyInBothDataAndBinaryDataIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("cfg.yaml",
                MANIFESTS.replace("logo.png", "LOG_LEVEL")));
        assertTrue(e.getMessage().contains("cfg.yaml:9:3: binaryData.LOG_LEVEL: the key is also in data"),
                e::getMessage);
    }
}
