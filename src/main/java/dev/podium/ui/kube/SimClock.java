package dev.podium.ui.kube;

/** Times as kubectl prints them (AGE, LAST SEEN: 45s, 3m12s, 2h5m) and short durations (800ms, 1.5s). Toolkit-free. */
final class SimClock {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private SimClock() {
    }

    /** kubectl's age: "0s", "45s", "3m12s", "2h5m". */
    static String age(long nanos) {
        long s = Math.max(0, nanos / S);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + (s % 60 == 0 ? "" : s % 60 + "s");
        }
        return s / 3600 + "h" + (s % 3600 / 60 == 0 ? "" : s % 3600 / 60 + "m");
    }

    /** A short duration: "250µs", "800ms", "1.5s", "2m". */
    static String duration(long nanos) {
        if (nanos < MS) {
            return Math.max(0, nanos / 1000) + "µs";
        }
        if (nanos < S) {
            return nanos / MS + "ms";
        }
        if (nanos < 60 * S) {
            long tenths = Math.round(nanos / (S / 10.0));
            return tenths % 10 == 0 ? tenths / 10 + "s" : tenths / 10 + "." + tenths % 10 + "s";
        }
        return age(nanos);
    }
}
