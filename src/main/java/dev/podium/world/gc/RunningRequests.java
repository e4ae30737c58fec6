package dev.podium.world.gc;

import java.util.Arrays;

/**
 * The requests on threads: a binary min-heap by completion (mutator time), then id, so the next to complete is
 * always at hand and ties break the same way on every run. The keys are kept in arrays of their own, for the
 * cache's sake. Kernel thread only.
 */
final class RunningRequests {
    private Request[] requests = new Request[16];
    private long[] doneKeys = new long[16];
    private long[] idKeys = new long[16];
    private int size;

    int size() {
        return size;
    }

    /** The {@code i}-th request in heap order (any order), for a pass over all of them. */
    Request get(int i) {
        return requests[i];
    }

    /** When the first request completes, in mutator time; only when {@link #size} is not 0. */
    long firstDoneMutatorNanos() {
        return doneKeys[0];
    }

    void clear() {
        Arrays.fill(requests, null);
        size = 0;
    }

    void add(Request r) {
        if (size == requests.length) {
            requests = Arrays.copyOf(requests, size * 2);
            doneKeys = Arrays.copyOf(doneKeys, size * 2);
            idKeys = Arrays.copyOf(idKeys, size * 2);
        }
        long done = r.doneMutatorNanos;
        long id = r.id;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (done > doneKeys[parent] || (done == doneKeys[parent] && id > idKeys[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        requests[i] = r;
        doneKeys[i] = done;
        idKeys[i] = id;
    }

    private void move(int from, int to) {
        requests[to] = requests[from];
        doneKeys[to] = doneKeys[from];
        idKeys[to] = idKeys[from];
    }

    /** Takes the request that completes first off its thread. */
    Request poll() {
        Request top = requests[0];
        int n = --size;
        Request last = requests[n];
        long done = doneKeys[n];
        long id = idKeys[n];
        requests[n] = null;
        if (n > 0) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= n) {
                    break;
                }
                int right = child + 1;
                if (right < n && (doneKeys[right] < doneKeys[child]
                        || (doneKeys[right] == doneKeys[child] && idKeys[right] < idKeys[child]))) {
                    child = right;
                }
                if (doneKeys[child] > done || (doneKeys[child] == done && idKeys[child] > id)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            requests[i] = last;
            doneKeys[i] = done;
            idKeys[i] = id;
        }
        return top;
    }
}
