package dev.podium.world.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.WorkqueueAdded;
import dev.podium.world.kube.state.CowMap;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubeStateCopyTest {
    private final KubeProjection projection = new KubeProjection();

    private KubeState bigState(int pods) {
        KubeState s = projection.initial();
        projection.apply(s, new NodeAdded(0, "node-1", 64000, 1L << 40, 200_000, List.of(), false));
        for (int i = 0; i < pods; i++) {
            String key = "default/p-" + i;
            projection.apply(s, new PodCreated(1, key, "default/rs", "", 10, 1 << 20, "img", 1));
            projection.apply(s, new PodScheduled(2, key, "node-1", 1, 1, 100));
        }
        return s;
    }

    @Test
    void changingACopyNeverChangesTheOriginalNorTheReverse() {
        KubeState original = bigState(10_000);
        KubeState copy = projection.copy(original);
        projection.apply(copy, new PodPhaseChanged(3, "default/p-7", "Running", "Running", true, 1, 1, 0));
        projection.apply(copy, new PodDeleted(3, "default/p-8", "node-1"));
        projection.apply(copy, new WorkqueueAdded(3, "replicaset", "default/rs", "event", 1));
        assertEquals("Pending", original.pod("default/p-7").status());
        assertEquals("Running", copy.pod("default/p-7").status());
        assertEquals(10_000, original.podCount());
        assertEquals(9_999, copy.podCount());
        assertEquals(10_000, original.node("node-1").pods());
        assertEquals(9_999, copy.node("node-1").pods());
        assertTrue(original.workqueues().isEmpty());
        projection.apply(original, new PodDeleted(4, "default/p-9", "node-1"));
        assertEquals("default/p-9", copy.pod("default/p-9").key());
        assertNull(original.pod("default/p-9"));
    }

    @Test
    void copyCostGrowsWithShardsNotEntries() {
        CowMap<Integer> map = new CowMap<>();
        for (int i = 0; i < 150_000; i++) {
            map.put("k" + i, i);
        }
        int shards = map.shardCount();
        assertTrue(shards <= 150_000 / 64, "about one shard per 64..128 entries: " + shards);
        assertTrue(shards >= 150_000 / 256, "shards: " + shards);
        CowMap<Integer> copy = map.copy();
        copy.put("k1", -1);
        assertEquals(1, map.get("k1"));
        assertEquals(-1, copy.get("k1"));
        assertEquals(150_000, copy.size());
        // many copies in a row stay cheap: 1,000 copies of 150,000 entries is 1,000 x shards references
        CowMap<Integer> c = map;
        for (int i = 0; i < 1000; i++) {
            c = c.copy();
            c.put("k" + i, i + 1);
        }
        assertEquals(0, map.get("k0"));
        assertEquals(1, c.get("k0"));
    }
}
