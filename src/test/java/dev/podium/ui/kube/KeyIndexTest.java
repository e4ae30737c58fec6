package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void answersLikeAHashMapThroughPutsRemovalsAndGrowth() {
        KeyIndex index = new KeyIndex();
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            String key = "default/app-" + random.nextInt(5_000);
            if (random.nextInt(3) == 0) {
                assertEquals(expected.getOrDefault(key, -1), index.remove(key), "removing " + key);
                expected.remove(key);
            } else {
                index.put(key, i);
                expected.put(key, i);
            }
        }
        assertSame(expected, index);
    }

    @Test
    void aCopyAndItsOriginalChangeApart() {
        KeyIndex original = new KeyIndex();
        Map<String, Integer> atCopy = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            original.put("ns/p" + i, i);
            atCopy.put("ns/p" + i, i);
        }
        KeyIndex copy = original.copy();
        Map<String, Integer> later = new HashMap<>(atCopy);
        for (int i = 0; i < 1_000; i += 2) {
            original.remove("ns/p" + i);
            later.remove("ns/p" + i);
        }
        for (int i = 1_000; i < 3_000; i++) {
            original.put("ns/p" + i, -i - 1 & Integer.MAX_VALUE);
            later.put("ns/p" + i, -i - 1 & Integer.MAX_VALUE);
        }
        assertSame(atCopy, copy);
        assertSame(later, original);
        copy.put("ns/p1", 7);
        assertEquals(1, original.get("ns/p1"));
    }

    private static void assertSame(Map<String, Integer> expected, KeyIndex index) {
        assertEquals(expected.size(), index.size());
        for (int i = 0; i < 5_000; i++) {
            for (String key : new String[] {"default/app-" + i, "ns/p" + i}) {
                assertEquals(expected.getOrDefault(key, -1), index.get(key), key);
            }
        }
    }
}
