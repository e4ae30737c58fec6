package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.podium.ui.world.Inspection;
import dev.podium.world.kube.custom.event.BuiltinDeletionRequested;
import dev.podium.world.kube.custom.event.BuiltinFinalizersChanged;
import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A Deployment or ReplicaSet held by a foreground or orphan delete, and an orphaned ReplicaSet, in the side list. */
class BuiltinDeletionRowsTest {
    private static String word(Locale locale, String key, Integer n) {
        ResourceBundle b = ResourceBundle.getBundle("dev.podium.ui.kube.view", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString(key), locale).format(new Object[] {n});
    }

    private static String field(Inspection i, String name) {
        return i.fields().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    private static KubeState web(KubeProjection p) {
        KubeState s = p.initial();
        p.apply(s, new DeploymentCreated(1, "default/web", 3, "RollingUpdate", "25%", "25%", "nginx:1.27"));
        p.apply(s, new ReplicaSetCreated(2, "default/web-5d4f", "default/web", 1, "5d4f", 3, "nginx:1.27"));
        return s;
    }

    @Test
    void aForegroundDeleteShowsDeletingRowsAndTheFinalizerUntilItIsRemoved() {
        KubeProjection p = new KubeProjection();
        KubeState s = web(p);
        p.apply(s, new BuiltinDeletionRequested(3, "Deployment", "default/web", "Foreground",
                List.of("foregroundDeletion")));
        p.apply(s, new BuiltinDeletionRequested(4, "ReplicaSet", "default/web-5d4f", "Foreground",
                List.of("foregroundDeletion")));
        List<WorkloadRows.Row> rows = new WorkloadRows().rows(s, 10);
        assertEquals("Deleting", WorkloadRows.numbers(rows.get(0), (k, n) -> word(Locale.ROOT, k, n)));
        assertEquals("删除中", WorkloadRows.numbers(rows.get(1), (k, n) -> word(Locale.SIMPLIFIED_CHINESE, k, n)));
        assertFalse(rows.get(0).settled());
        Inspection i = new KubeInspector().inspect(new Hit("deployment", "default/web"), s, 4);
        assertEquals("foregroundDeletion", field(i, "metadata.finalizers"));
        assertEquals("set (Foreground)", field(i, "metadata.deletionTimestamp"));
        assertEquals("3", field(i, "spec.replicas"), "the rest of the object is still shown");

        p.apply(s, new BuiltinFinalizersChanged(5, "ReplicaSet", "default/web-5d4f", List.of()));
        assertEquals("0/3", new WorkloadRows().rows(s, 10).get(1).numbers());
    }

    @Test
    void anOrphanedReplicaSetIsListedOnItsOwnWithoutOwner() {
        KubeProjection p = new KubeProjection();
        KubeState s = web(p);
        p.apply(s, new OwnerReferenceRemoved(3, "ReplicaSet", "default/web-5d4f", "default/web"));
        List<WorkloadRows.Row> rows = new WorkloadRows().rows(s, 10);
        assertEquals(2, rows.size());
        assertEquals("ReplicaSet web-5d4f", rows.get(1).name());
        assertEquals(0, rows.get(1).indent());
        Inspection i = new KubeInspector().inspect(new Hit("replicaset", "default/web-5d4f"), s, 3);
        assertEquals("none", field(i, "metadata.ownerReferences"));
    }
}
