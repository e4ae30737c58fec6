package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RangeMaxTest {

    @Test
    void rangeMaximaMatchBruteForceAcrossManyLevels() {
        RangeMax max = new RangeMax();
        List<Integer> plain = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 40_000; i++) {
            int v = random.nextInt(1000);
            if (!plain.isEmpty() && random.nextInt(5) == 0) {
                max.setLast(v);
                plain.set(plain.size() - 1, v);
            } else {
                max.add(v);
                plain.add(v);
            }
        }
        for (int q = 0; q < 2_000; q++) {
            int a = random.nextInt(plain.size());
            int b = a + 1 + random.nextInt(plain.size() - a);
            int expected = Integer.MIN_VALUE;
            for (int i = a; i < b; i++) {
                expected = Math.max(expected, plain.get(i));
            }
            assertEquals(expected, max.max(a, b, -1), "max of [" + a + ", " + b + ")");
        }
    }

    @Test
    void loweringTheLastValueLowersTheMaximumOfItsBlocks() {
        RangeMax max = new RangeMax();
        for (int i = 0; i < 5_000; i++) {
            max.add(1);
        }
        max.add(99);
        assertEquals(99, max.max(0, max.size(), -1));
        max.setLast(2);
        assertEquals(2, max.max(0, max.size(), -1));
    }

    @Test
    void emptyRangeGivesTheFallback() {
        RangeMax max = new RangeMax();
        max.add(5);
        assertEquals(-1, max.max(1, 1, -1));
    }
}
