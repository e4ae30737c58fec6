package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.podium.scenario.ScenarioException;
import dev.podium.world.kube.spec.ConfigRef;
import dev.podium.world.kube.spec.ConfigUse;
import dev.podium.world.kube.spec.PodManifest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pod's uses of ConfigMaps and Secrets: volumes, items, subPath, env, envFrom, and located problems. */
class ConfigRefReaderTest {
    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              volumes:
                - {name: config, configMap: {name: app-config, items: [{key: a, path: a.conf}]}}
                - {name: creds, secret: {secretName: db, optional: true}}
              containers:
                - name: app
                  image: nginx
                  volumeMounts:
                    - {name: config, mountPath: /etc/app}
                    - {name: creds, mountPath: /run/db/password, subPath: password}
                  env:
                    - {name: LEVEL, valueFrom: {configMapKeyRef: {name: app-config, key: level}}}
                    - {name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}
                  envFrom:
                    - {prefix: DB_, secretRef: {name: db}}
            """;

    @Test
    void everyUseIsReadWithItsKindObjectTargetAndKey() throws Exception {
        PodManifest pod = ManifestReader.read("p.yaml", POD).objectsOf(PodManifest.class).get(0);

        assertEquals(List.of(
                new ConfigRef("app", ConfigUse.VOLUME, "ConfigMap", "app-config", "/etc/app", "", false),
                new ConfigRef("app", ConfigUse.SUB_PATH, "Secret", "db", "/run/db/password", "password", true),
                new ConfigRef("app", ConfigUse.ENV, "ConfigMap", "app-config", "LEVEL", "level", false),
                new ConfigRef("app", ConfigUse.ENV, "Secret", "db", "envFrom:DB_", "", false)),
                pod.spec().configRefs());
    }

    @Test
    void aMountOfAMissingVolumeAndAnEnvFromWithoutSourceAreLocatedProblems() {
        String bad = POD.replace("{name: config, mountPath: /etc/app}", "{name: confg, mountPath: /etc/app}")
                .replace("{prefix: DB_, secretRef: {name: db}}", "{prefix: DB_}");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("p.yaml", bad));

        assertEquals("p.yaml:12:18: spec.containers[0].volumeMounts[0].name: no volume 'confg' in the pod's "
                + "volumes; it has config, creds", e.problems().get(0).toString());
        assertEquals("p.yaml:18:11: spec.containers[0].envFrom[0]: expected exactly one of configMapRef and "
                + "secretRef", e.problems().get(1).toString());
    }
}
