package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.world.kube.custom.event.CustomObjectConditionChanged;
import dev.podium.world.kube.custom.event.CustomObjectCreated;
import dev.podium.world.kube.custom.event.CustomObjectDeletionRequested;
import dev.podium.world.kube.custom.event.OwnerReferenceSet;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CustomWorkloadRowsTest {
    /** The view bundle of one language, without fallback, as the view reads it. */
    private record Words(Locale locale) {
        String get(String key, Integer n) {
            ResourceBundle b = ResourceBundle.getBundle("dev.podium.ui.kube.view", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(b.getString(key), locale).format(new Object[] {n});
        }
    }

    @Test
    void customObjectsAndSecretsAreListedWithWordedStatusInBothLanguages() {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        p.apply(s, new CustomObjectCreated(1, "DBInstance", "default/orders", "spec.replicas=2"));
        p.apply(s, new CustomObjectCreated(2, "Secret", "default/orders-credentials",
                "data.password=16 data.username=16"));
        p.apply(s, new OwnerReferenceSet(2, "Secret", "default/orders-credentials", "DBInstance", "default/orders",
                true));
        p.apply(s, new CustomObjectConditionChanged(3, "DBInstance", "default/orders", "Ready", "True",
                "AllReplicasReady", "2/2 replicas ready"));
        List<WorkloadRows.Row> rows = new WorkloadRows().rows(s, 10);
        Words en = new Words(Locale.ROOT);
        Words zh = new Words(Locale.SIMPLIFIED_CHINESE);
        assertEquals("DBInstance orders", rows.get(0).name());
        assertEquals("Ready", WorkloadRows.numbers(rows.get(0), en::get));
        assertEquals("就绪", WorkloadRows.numbers(rows.get(0), zh::get));
        assertEquals("2 keys", WorkloadRows.numbers(rows.get(1), en::get));
        assertEquals("2 个键", WorkloadRows.numbers(rows.get(1), zh::get));
        p.apply(s, new CustomObjectDeletionRequested(4, "DBInstance", "default/orders", "Background",
                List.of("example.com/backup")));
        assertEquals("删除中", WorkloadRows.numbers(new WorkloadRows().rows(s, 10).get(0), zh::get));
        assertEquals("DBInstance default/orders", KubeInspector.custom(s.custom().object("Secret",
                "default/orders-credentials")).fields().get(2).getValue());
        p.apply(s, new PodCreated(5, "default/orders-0", "", "", 500, 1L << 29, "postgres:16", 1));
        p.apply(s, new OwnerReferenceSet(5, "Pod", "default/orders-0", "DBInstance", "default/orders", true));
        assertEquals("DBInstance default/orders", new KubeInspector().inspect(new Hit("pod", "default/orders-0"), s, 5)
                .fields().stream().filter(e -> e.getKey().equals("metadata.ownerReferences")).findFirst()
                .orElseThrow().getValue());
    }
}
