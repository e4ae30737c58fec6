package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.custom.event.CustomObjectCreated;
import dev.podium.world.kube.custom.event.CustomObjectSummaryChanged;
import dev.podium.world.kube.custom.event.OwnerReferenceSet;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Live StatefulSets, DaemonSets and Jobs show READY ready/desired in the workloads list, and their pods' owner. */
class LiveWorkloadRowsTest {

    @Test
    void liveWorkloadsShowTheirCountsAndTheirPodsTheirOwner() {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        p.apply(s, new CustomObjectCreated(1, "StatefulSet", "data/db", "ready=2/3"));
        p.apply(s, new CustomObjectCreated(1, "Job", "data/migrate", "succeeded=1/5 active=2 failed=0"));
        List<WorkloadRows.Row> rows = new WorkloadRows().rows(s, 10);
        assertEquals("Job migrate", rows.get(0).name());
        assertEquals("1/5", WorkloadRows.numbers(rows.get(0), (k, n) -> "words"));
        assertEquals("2/3", WorkloadRows.numbers(rows.get(1), (k, n) -> "words"));
        assertFalse(rows.get(1).settled());
        p.apply(s, new CustomObjectSummaryChanged(2, "StatefulSet", "data/db", "ready=3/3"));
        WorkloadRows.Row db = new WorkloadRows().rows(s, 10).get(1);
        assertEquals("3/3", WorkloadRows.numbers(db, (k, n) -> "words"));
        assertTrue(db.settled());
        p.apply(s, new PodCreated(3, "data/db-0", "", "", 500, 1L << 29, "postgres:16", 1));
        p.apply(s, new OwnerReferenceSet(3, "Pod", "data/db-0", "StatefulSet", "data/db", false));
        assertEquals("StatefulSet data/db", new KubeInspector().inspect(new Hit("pod", "data/db-0"), s, 3).fields()
                .stream().filter(e -> e.getKey().equals("metadata.ownerReferences")).findFirst().orElseThrow()
                .getValue());
    }
}
