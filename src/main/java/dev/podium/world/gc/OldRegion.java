package dev.podium.world.gc;

import java.util.Arrays;
import java.util.List;

/** An old region's contents: bytes by the mutator time they die, in the order they arrived. Kernel thread only. */
final class OldRegion {
    private long[] deaths = new long[4];
    private long[] bytes = new long[4];
    private int n;
    private long used;

    void add(long deathNanos, long b) {
        if (n > 0 && deaths[n - 1] == deathNanos) {
            bytes[n - 1] += b;
        } else {
            if (n == deaths.length) {
                deaths = Arrays.copyOf(deaths, n * 2);
                bytes = Arrays.copyOf(bytes, n * 2);
            }
            deaths[n] = deathNanos;
            bytes[n] = b;
            n++;
        }
        used += b;
    }

    long used() {
        return used;
    }

    /** Bytes still live at mutator time {@code nowNanos}. */
    long liveAt(long nowNanos) {
        long live = 0;
        for (int i = 0; i < n; i++) {
            if (deaths[i] > nowNanos) {
                live += bytes[i];
            }
        }
        return live;
    }

    /** Adds the groups still live at mutator time {@code nowNanos} to {@code out}, as age-0 cohorts, in order. */
    void addLiveCohorts(long nowNanos, List<Cohort> out) {
        for (int i = 0; i < n; i++) {
            if (deaths[i] > nowNanos) {
                out.add(new Cohort(deaths[i], bytes[i], 0));
            }
        }
    }
}
