package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.timeline.Timeline;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.WorkqueueAdded;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconcileModelTest {
    private static final long MS = 1_000_000L;

    @Test
    void repeatedOutcomesCollapseIntoOneResultWithACount() {
        Timeline t = new Timeline();
        for (int i = 0; i < 6; i++) {
            t.append(new ReconcileFinished(i * 100 * MS, "replicaset", "default/web-1", 0, MS, "desired 2 actual 2",
                    "none", ""));
            t.append(new ReconcileFinished(i * 100 * MS + 1, "replicaset", "default/db-1", 0, MS, "desired 1 actual 1",
                    "none", ""));
        }
        t.append(new ReconcileFinished(700 * MS, "replicaset", "default/web-1", 0, MS, "desired 3 actual 2",
                "create:1", ""));
        ReconcileModel m = new ReconcileModel();
        m.scan(t, t.size(), 800 * MS, "replicaset", Set.of());
        assertEquals(3, m.results.size());
        assertEquals("create:1", m.results.get(0).action());
        assertEquals(1, m.results.get(0).repeats());
        assertEquals("default/db-1", m.results.get(1).key());
        assertEquals(6, m.results.get(1).repeats());
        assertEquals(6, m.results.get(2).repeats());
    }

    @Test
    void keysInFlightShowTheirShortName() {
        Timeline t = new Timeline();
        t.append(new WorkqueueAdded(100 * MS, "replicaset", "default/web-7cb8878db4", "update", 1));
        ReconcileModel m = new ReconcileModel();
        m.scan(t, t.size(), 200 * MS, "replicaset", Set.of());
        assertEquals(1, m.flights.size());
        assertEquals("web-7cb8878db4", m.flights.get(0).label());
    }
}
