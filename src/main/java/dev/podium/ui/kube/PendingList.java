package dev.podium.ui.kube;

import java.util.Arrays;

/**
 * The scheduler-queue pods of {@link ClusterModel} in arrival order: a doubly linked list over pod ids, so adding,
 * removing from anywhere and walking the first few are O(1) per pod even with 150,000 pods waiting.
 * Toolkit-free, not thread-safe.
 */
final class PendingList {
    private int[] prev = new int[64];
    private int[] next = new int[64];
    private boolean[] in = new boolean[64];
    private int head = -1;
    private int tail = -1;
    private int size;

    void clear() {
        Arrays.fill(in, false);
        head = -1;
        tail = -1;
        size = 0;
    }

    void grow(int capacity) {
        if (capacity > prev.length) {
            prev = Arrays.copyOf(prev, capacity);
            next = Arrays.copyOf(next, capacity);
            in = Arrays.copyOf(in, capacity);
        }
    }

    int size() {
        return size;
    }

    boolean contains(int id) {
        return id < in.length && in[id];
    }

    void add(int id) {
        grow(id + 1);
        if (in[id]) {
            return;
        }
        in[id] = true;
        prev[id] = tail;
        next[id] = -1;
        if (tail >= 0) {
            next[tail] = id;
        } else {
            head = id;
        }
        tail = id;
        size++;
    }

    void remove(int id) {
        if (!contains(id)) {
            return;
        }
        in[id] = false;
        if (prev[id] >= 0) {
            next[prev[id]] = next[id];
        } else {
            head = next[id];
        }
        if (next[id] >= 0) {
            prev[next[id]] = prev[id];
        } else {
            tail = prev[id];
        }
        size--;
    }

    /** The oldest pod id, or -1. */
    int first() {
        return head;
    }

    /** The pod after {@code id}, or -1. */
    int after(int id) {
        return next[id];
    }
}
