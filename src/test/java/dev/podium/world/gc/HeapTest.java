package dev.podium.world.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.engine.RandomStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap's bookkeeping holds whatever the collector does: regions, bytes and the free list agree. */
class HeapTest {
    private static final long MIB = 1L << 20;

    @Test
    void youngRegionsComeFromTheTopAndOldFromTheBottom() {
        Heap heap = new Heap(MIB, 32);
        List<Integer> taken = new ArrayList<>();
        heap.allocate(Long.MAX_VALUE, 3 * MIB, taken::add);
        assertEquals(List.of(31, 30, 29), taken);
        Heap.Evacuation ev = heap.evacuate(0, 0, 4, new int[0]);
        assertEquals(3 * MIB, ev.promotedBytes(), "threshold 0 promotes everything");
        assertTrue(heap.regionMap().startsWith("O3F"), heap.regionMap());
    }

    @Test
    void deadBytesAreNotCopiedAndTheSurvivorSpaceOverflowsToOld() {
        Heap heap = new Heap(MIB, 64);
        heap.allocate(100, 4 * MIB, r -> { }); // dies at 100 ns
        heap.allocate(Long.MAX_VALUE, 6 * MIB, r -> { });
        Heap.Evacuation ev = heap.evacuate(200, 15, 2, new int[0]);
        assertEquals(6 * MIB, ev.copiedBytes());
        assertEquals(4 * MIB, ev.promotedBytes(), "two survivor regions hold 2 MB; the rest overflows");
        assertEquals(2, heap.survivorRegions());
        assertEquals(2 * MIB, ev.survivorBytesByAge()[1]);
    }

    @Test
    void randomWorkKeepsTheBookkeepingConsistent() {
        Heap heap = new Heap(MIB, 64);
        RandomStream random = new RandomStream(7);
        long now = 0;
        for (int step = 0; step < 50_000; step++) {
            now += 1000;
            long bytes = 300_000 + random.nextInt(200_000);
            if (heap.edenFits(bytes, 20)) {
                heap.allocate(now + (random.nextInt(10) < 8 ? 5_000 : 500_000_000L), bytes, r -> { });
            } else if (heap.edenBytes() > 0) {
                List<long[]> candidates = heap.mixedCandidates(now, 85);
                int[] cset = candidates.stream().limit(2).mapToInt(c -> (int) c[0]).toArray();
                heap.evacuate(now, random.nextInt(16), 3, cset);
            } else {
                heap.compact(now);
            }
            if (step % 37 == 0) {
                heap.freeEmptyOldRegions(now);
            }
            check(heap, now);
        }
    }

    private static void check(Heap heap, long now) {
        long capacity = (long) heap.regionCount() * heap.regionBytes();
        assertTrue(heap.usedBytes() <= capacity && heap.liveBytes(now) <= heap.usedBytes());
        RegionKind[] kinds = new RegionKind[heap.regionCount()];
        RegionMap.decode(heap.regionMap(), kinds);
        int[] count = new int[RegionKind.values().length];
        for (RegionKind k : kinds) {
            count[k.ordinal()]++;
        }
        assertEquals(heap.freeRegions(), count[RegionKind.FREE.ordinal()]);
        assertEquals(heap.edenRegions(), count[RegionKind.EDEN.ordinal()]);
        assertEquals(heap.survivorRegions(), count[RegionKind.SURVIVOR.ordinal()]);
        assertEquals(heap.oldRegions(), count[RegionKind.OLD.ordinal()]);
        assertTrue(heap.edenBytes() <= heap.edenRegions() * heap.regionBytes());
        assertTrue(heap.survivorBytes() <= heap.survivorRegions() * heap.regionBytes());
        assertTrue(heap.oldBytes() <= heap.oldRegions() * heap.regionBytes());
    }
}
