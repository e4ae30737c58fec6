package dev.podium.world.gc.log;

/**
 * Pause durations in microseconds (the resolution of every log read here: the JVM prints milliseconds with three
 * decimals, Go's gctrace at most three), counted in a structure whose size does not grow with the number of pauses:
 * one counter per microsecond below 2^20 µs (1.048576 s), in pages allocated on first use, and above that 4,096
 * counters per power of two. A percentile is therefore exact when it is below 1.048576 s, and otherwise the lower
 * bound of a bucket less than 1/4,096 (0.025 %) wide. Not thread-safe.
 */
final class PauseHistogram {
    private static final int EXACT_BITS = 20;
    private static final int PAGE_BITS = 12;
    private static final int SUB_BITS = 12;

    private final int[][] pages = new int[1 << (EXACT_BITS - PAGE_BITS)][];
    private final int[][] octaves = new int[64][];
    private long count;

    void add(long micros) {
        long v = Math.max(0, micros);
        if (v < (1L << EXACT_BITS)) {
            int page = (int) (v >>> PAGE_BITS);
            if (pages[page] == null) {
                pages[page] = new int[1 << PAGE_BITS];
            }
            pages[page][(int) (v & ((1 << PAGE_BITS) - 1))]++;
        } else {
            int octave = 63 - Long.numberOfLeadingZeros(v);
            if (octaves[octave] == null) {
                octaves[octave] = new int[1 << SUB_BITS];
            }
            octaves[octave][(int) ((v >>> (octave - SUB_BITS)) & ((1 << SUB_BITS) - 1))]++;
        }
        count++;
    }

    long count() {
        return count;
    }

    /**
     * The nearest-rank percentile: the smallest logged value with at least {@code perMillion} parts per million of
     * the pauses at or below it (990,000 for p99); 0 when empty.
     */
    long percentileMicros(int perMillion) {
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (count * perMillion + 999_999) / 1_000_000);
        long seen = 0;
        for (int p = 0; p < pages.length; p++) {
            int[] page = pages[p];
            if (page == null) {
                continue;
            }
            for (int i = 0; i < page.length; i++) {
                seen += page[i];
                if (seen >= rank) {
                    return ((long) p << PAGE_BITS) + i;
                }
            }
        }
        for (int o = EXACT_BITS; o < octaves.length; o++) {
            int[] octave = octaves[o];
            if (octave == null) {
                continue;
            }
            for (int i = 0; i < octave.length; i++) {
                seen += octave[i];
                if (seen >= rank) {
                    return (1L << o) + ((long) i << (o - SUB_BITS));
                }
            }
        }
        return 0;
    }
}
