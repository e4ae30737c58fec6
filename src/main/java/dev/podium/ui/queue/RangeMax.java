package dev.podium.ui.queue;

import java.util.Arrays;

/**
 * An append-only list of ints that answers "largest value in index range" in O(B · log_B n): each
 * level above the values keeps the maximum of every block of {@value #B} entries of the level below.
 * Only the last value may be changed after it was added (same-instant points collapse into it).
 * Toolkit-free; one thread.
 */
final class RangeMax {
    static final int B = 32;

    /** levels[0] holds the values; levels[k][j] is the max of levels[k-1][j*B .. j*B+B-1]. */
    private int[][] levels = {new int[64]};
    private int[] sizes = {0};

    int size() {
        return sizes[0];
    }

    int get(int index) {
        if (index < 0 || index >= sizes[0]) {
            throw new IndexOutOfBoundsException(index + " of " + sizes[0]);
        }
        return levels[0][index];
    }

    void clear() {
        levels = new int[][] {new int[64]};
        sizes = new int[] {0};
    }

    void add(int value) {
        push(0, value);
        for (int k = 1; k < levels.length; k++) {
            int parent = (sizes[k - 1] - 1) / B;
            if (parent == sizes[k]) {
                push(k, value);
            } else {
                levels[k][parent] = Math.max(levels[k][parent], value);
            }
        }
        if (sizes[levels.length - 1] > B) {
            addLevel();
        }
    }

    /** Replaces the last value; the blocks that hold it are recomputed. */
    void setLast(int value) {
        if (sizes[0] == 0) {
            throw new IllegalStateException("no value to replace");
        }
        levels[0][sizes[0] - 1] = value;
        for (int k = 1; k < levels.length; k++) {
            int parent = (sizes[k - 1] - 1) / B;
            levels[k][parent] = maxOf(levels[k - 1], parent * B, sizes[k - 1]);
        }
    }

    /** The largest value at indexes {@code from} (inclusive) to {@code to} (exclusive); {@code fallback} if empty. */
    int max(int from, int to, int fallback) {
        if (from < 0 || to > sizes[0] || from >= to) {
            if (from >= to) {
                return fallback;
            }
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + sizes[0]);
        }
        int best = Integer.MIN_VALUE;
        int k = 0;
        while (from < to) {
            if (k + 1 < levels.length && to - from > 2 * B) {
                while (from % B != 0) {
                    best = Math.max(best, levels[k][from++]);
                }
                while (to % B != 0) {
                    best = Math.max(best, levels[k][--to]);
                }
                from /= B;
                to /= B;
                k++;
            } else {
                best = Math.max(best, maxOf(levels[k], from, to));
                break;
            }
        }
        return best;
    }

    private static int maxOf(int[] a, int from, int to) {
        int best = Integer.MIN_VALUE;
        for (int i = Math.max(0, from); i < Math.min(to, a.length); i++) {
            best = Math.max(best, a[i]);
        }
        return best;
    }

    private void push(int level, int value) {
        if (sizes[level] == levels[level].length) {
            levels[level] = Arrays.copyOf(levels[level], levels[level].length * 2);
        }
        levels[level][sizes[level]++] = value;
    }

    private void addLevel() {
        int below = levels.length - 1;
        int n = (sizes[below] + B - 1) / B;
        int[] level = new int[Math.max(64, n * 2)];
        for (int j = 0; j < n; j++) {
            level[j] = maxOf(levels[below], j * B, Math.min(sizes[below], j * B + B));
        }
        levels = Arrays.copyOf(levels, levels.length + 1);
        sizes = Arrays.copyOf(sizes, sizes.length + 1);
        levels[below + 1] = level;
        sizes[below + 1] = n;
    }
}
