package dev.podium.scenario;

/** STUB (replaced by the scenario branch). */
public final class Durations {
    private Durations() {
    }

    public static long parseNanos(String text) {
        String t = text.trim();
        if (t.endsWith("ms")) {
            return (long) (Double.parseDouble(t.substring(0, t.length() - 2)) * 1e6);
        }
        if (t.endsWith("s")) {
            return (long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1e9);
        }
        if (t.endsWith("m")) {
            return (long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 60e9);
        }
        throw new IllegalArgumentException("expected a duration: " + text);
    }

    public static String format(long nanos) {
        return nanos + "ns";
    }
}
