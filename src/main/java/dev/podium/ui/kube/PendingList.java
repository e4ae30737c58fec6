package dev.podium.ui.kube;

import static dev.podium.ui.kube.CowChunks.MASK;

/**
 * The scheduler-queue pods of {@link ClusterModel} in arrival order: a doubly linked list over pod ids, so adding,
 * removing from anywhere and walking the first few are O(1) per pod even with 150,000 pods waiting. The links live in
 * {@link CowChunks}, so {@link #copy()} costs O(ids / 64) references. Toolkit-free, not thread-safe.
 */
final class PendingList {
    private final CowChunks<int[]> prev;
    private final CowChunks<int[]> next;
    private final CowChunks<boolean[]> in;
    private int head = -1;
    private int tail = -1;
    private int size;

    PendingList() {
        prev = CowChunks.ints();
        next = CowChunks.ints();
        in = CowChunks.booleans();
    }

    private PendingList(PendingList o) {
        prev = o.prev.copy();
        next = o.next.copy();
        in = o.in.copy();
        head = o.head;
        tail = o.tail;
        size = o.size;
    }

    /** An independent copy (chunks shared until written; see {@link CowChunks}). */
    PendingList copy() {
        return new PendingList(this);
    }

    int size() {
        return size;
    }

    boolean contains(int id) {
        boolean[] c = in.read(id);
        return c != null && c[id & MASK];
    }

    void add(int id) {
        if (contains(id)) {
            return;
        }
        in.write(id)[id & MASK] = true;
        prev.write(id)[id & MASK] = tail;
        next.write(id)[id & MASK] = -1;
        if (tail >= 0) {
            next.write(tail)[tail & MASK] = id;
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
        in.write(id)[id & MASK] = false;
        int before = prev.read(id)[id & MASK];
        int after = after(id);
        if (before >= 0) {
            next.write(before)[before & MASK] = after;
        } else {
            head = after;
        }
        if (after >= 0) {
            prev.write(after)[after & MASK] = before;
        } else {
            tail = before;
        }
        size--;
    }

    /** The oldest pod id, or -1. */
    int first() {
        return head;
    }

    /** The pod after {@code id}, or -1. */
    int after(int id) {
        return next.read(id)[id & MASK];
    }
}
