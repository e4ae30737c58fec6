package dev.podium.ui.queue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.queue.CustomerArrived;
import dev.podium.world.queue.CustomerRejected;
import java.util.Arrays;

/**
 * When each customer arrived, for the inspector and the animation (the queue state knows when a
 * customer started service, not when it arrived). Customers are numbered densely from 1, so the log
 * is one growable array indexed by number: 8 bytes a customer.
 *
 * <p>Toolkit-free; used on the FX thread. Times are simulated nanoseconds.
 */
final class ArrivalLog {
    private static final long UNKNOWN = -1;
    private long[] arrivedNanos = filled(256);

    /** Folds one event; other events are ignored. */
    void accept(WorldEvent event) {
        if (event instanceof CustomerArrived a) {
            put(a.customer(), a.timeNanos());
        } else if (event instanceof CustomerRejected r) {
            put(r.customer(), r.timeNanos());
        }
    }

    void clear() {
        arrivedNanos = filled(256);
    }

    /** When {@code customer} arrived, or -1 if the log has not seen it. */
    long arrivedAt(long customer) {
        return customer > 0 && customer < arrivedNanos.length ? arrivedNanos[(int) customer] : UNKNOWN;
    }

    private void put(long customer, long tNanos) {
        if (customer <= 0 || customer >= Integer.MAX_VALUE - 8) {
            return; // not a number we can index; the inspector will say "unknown"
        }
        int i = (int) customer;
        if (i >= arrivedNanos.length) {
            int old = arrivedNanos.length;
            arrivedNanos = Arrays.copyOf(arrivedNanos, Math.max(i + 1, old * 2));
            Arrays.fill(arrivedNanos, old, arrivedNanos.length, UNKNOWN);
        }
        arrivedNanos[i] = tNanos;
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, UNKNOWN);
        return a;
    }
}
