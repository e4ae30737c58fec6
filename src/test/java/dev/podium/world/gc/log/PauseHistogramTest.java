package dev.podium.world.gc.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PauseHistogramTest {

    private static long nearestRank(long[] values, int perMillion) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long rank = Math.max(1, ((long) sorted.length * perMillion + 999_999) / 1_000_000);
        return sorted[(int) rank - 1];
    }

    @Test
    void percentilesBelowOneSecondAreExact() {
        Random random = new Random(42);
        long[] values = new long[100_003];
        PauseHistogram h = new PauseHistogram();
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) Math.abs(random.nextGaussian() * 20_000) + random.nextInt(50); // µs, mostly < 80 ms
            h.add(values[i]);
        }
        for (int q : new int[] {1, 500_000, 900_000, 990_000, 999_000, 1_000_000}) {
            assertEquals(nearestRank(values, q), h.percentileMicros(q), "q=" + q);
        }
    }

    @Test
    void longPausesAreWithinAQuarterPerMille() {
        PauseHistogram h = new PauseHistogram();
        long[] values = {5_000_000, 7_654_321, 12_345_678, 2_000_001};
        for (long v : values) {
            h.add(v);
        }
        long p99 = h.percentileMicros(990_000);
        long exact = nearestRank(values, 990_000);
        assertTrue(p99 <= exact && exact - p99 <= exact / 4096, p99 + " vs " + exact);
        assertEquals(0, new PauseHistogram().percentileMicros(990_000));
    }

    @Test
    void p99OfOneHundredPausesIsTheNinetyNinthSmallest() {
        PauseHistogram h = new PauseHistogram();
        for (int i = 1; i <= 100; i++) {
            h.add(i * 1000L);
        }
        assertEquals(99_000, h.percentileMicros(990_000));
    }
}
