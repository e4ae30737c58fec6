package dev.podium.ui.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Where playing stops by itself: a one-off hold (a presenter's next cue, forgotten by any pause or seek) and
 * fixed stop times (a lesson's questions), with the listeners told when playing stopped at one. Times are
 * simulated nanoseconds. FX thread only, owned by {@link PlayerModel}.
 */
final class PlayStops {
    private long holdAtNanos = -1;
    private long[] stopTimes = new long[0];
    private final List<LongConsumer> listeners = new ArrayList<>();

    void hold(long tNanos) {
        holdAtNanos = tNanos;
    }

    void forgetHold() {
        holdAtNanos = -1;
    }

    void setStopTimes(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        stopTimes = sorted;
    }

    void addListener(LongConsumer listener) {
        listeners.add(listener);
    }

    void stoppedAt(long tNanos) {
        listeners.forEach(listener -> listener.accept(tNanos));
    }

    /** The earliest stop in {@code (from, to]}: the hold or a stop time; -1 if none. */
    long firstIn(long from, long to) {
        long first = holdAtNanos > from && holdAtNanos <= to ? holdAtNanos : -1;
        int i = Arrays.binarySearch(stopTimes, from + 1);
        int at = i >= 0 ? i : -i - 1;
        if (at < stopTimes.length && stopTimes[at] <= to && (first < 0 || stopTimes[at] < first)) {
            first = stopTimes[at];
        }
        return first;
    }
}
