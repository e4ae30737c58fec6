package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.config.event.ConfigLoaded;
import java.io.StringWriter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A Secret's value, planted in a manifest and used by a pod as a volume, a subPath file, an env variable and through
 * envFrom, appears nowhere in the recording's bytes nor in any narration, English or Chinese.
 */
class SecretNeverShownTest {
    private static final String PLANTED = "Pl4nted-S3cret-value-4471";
    private static final String PLANTED_B64 = Base64.getEncoder().encodeToString("b64-planted-9921".getBytes());

    private static final String SCENARIO = """
            podium: 1
            name: secret
            worlds: [kube]
            seed: 9
            duration: 3m
            manifests: |
              apiVersion: v1
              kind: Node
              metadata: {name: node-1}
              status: {allocatable: {cpu: "4", memory: 8Gi}}
              ---
              apiVersion: v1
              kind: Secret
              metadata: {name: db}
              stringData: {password: %s}
              data: {token: %s}
              ---
              apiVersion: apps/v1
              kind: Deployment
              metadata: {name: web}
              spec:
                replicas: 2
                selector: {matchLabels: {app: web}}
                template:
                  metadata: {labels: {app: web}}
                  spec:
                    volumes: [{name: creds, secret: {secretName: db}}]
                    containers:
                      - name: app
                        image: example/web:1
                        env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]
                        envFrom: [{secretRef: {name: db}, prefix: DB_}]
                        volumeMounts:
                          - {name: creds, mountPath: /run/secrets/db}
                          - {name: creds, mountPath: /run/token, subPath: token}
            actions:
              - {at: 60s, do: crashContainer, target: "web-*", container: app}
            """.formatted(PLANTED, PLANTED_B64);

    @Test
    void thePlantedValueIsInNoRecordingByteAndNoSentence() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("secret.yaml", SCENARIO));
        run.runToEnd();
        List<WorldEvent> events = run.timeline().events();
        assertEquals(16, events.stream().filter(e -> e instanceof ConfigLoaded).count(),
                "two pods, four uses each, loaded at start and again at the restart");

        StringWriter recording = new StringWriter();
        new RecordingWriter(new RecordingCodec(ScenarioRun.eventTypes())).writeTo(recording,
                RecordingHeader.simulation("secret", 9), events);
        assertTrue(recording.toString().contains("DB_PASSWORD"), "the recording names the variable");
        assertNoPlantedValue(recording.toString(), "the recording");

        KubeNarrator narrator = new KubeNarrator();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            StringBuilder said = new StringBuilder();
            for (WorldEvent e : events) {
                String sentence = narrator.sentence(e, locale);
                said.append(sentence == null ? "" : sentence).append('\n');
            }
            assertTrue(said.toString().contains("Secret db"), "the narration names the Secret");
            assertNoPlantedValue(said.toString(), "the " + locale + " narration");
        }
    }

    private static void assertNoPlantedValue(String text, String where) {
        assertFalse(text.contains(PLANTED), "the Secret's stringData value is in " + where);
        assertFalse(text.contains(PLANTED_B64), "the Secret's base64 data is in " + where);
        assertFalse(text.contains("b64-planted-9921"), "the Secret's decoded data is in " + where);
    }
}
