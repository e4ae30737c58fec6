package dev.podium.world.gc.log;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The pieces of a unified-logging line that {@link JvmLines} takes apart, on the line's bytes: a heap transition
 * ({@code 10M->7M(66M)}), a pause's name and cause, a level decorator, a wall-clock decorator, and the collector a
 * {@code Using} line or a pause's name gives away. Stateless.
 */
final class JvmPieces {
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private JvmPieces() {
    }

    /** {@code 10M->7M(66M)} as {before, after, capacity}, or null. */
    static long[] heap(byte[] b, int s, int e) {
        int arrow = indexOfArrow(b, s, e);
        if (arrow < 0 || e - s < 8 || b[e - 1] != ')') {
            return null;
        }
        int open = Ascii.indexOf(b, arrow + 2, e, (byte) '(');
        if (open < 0) {
            return null;
        }
        long before = Ascii.size(b, s, arrow);
        long after = Ascii.size(b, arrow + 2, open);
        long capacity = Ascii.size(b, open + 1, e - 1);
        if (before == Ascii.NONE || after == Ascii.NONE || capacity == Ascii.NONE) {
            return null;
        }
        return new long[] {before, after, capacity};
    }

    /**
     * Where the name ends and the cause lies in {@code Pause Young (Normal) (G1 Evacuation Pause)}: {nameEnd,
     * causeFrom, causeTo}, causeFrom -1 when there is none. The last parenthesised group is the cause, unless it is
     * the only one and a G1 young pause's type.
     */
    static int[] splitCause(byte[] b, int s, int e) {
        int first = -1;
        int lastOpen = -1;
        int lastClose = -1;
        int previousClose = -1;
        int groups = 0;
        int i = s;
        while (i < e) {
            if (b[i] == '(' && i > s && b[i - 1] == ' ') {
                int close = matching(b, i, e);
                if (close < 0) {
                    return new int[] {e, -1, -1};
                }
                if (first < 0) {
                    first = i;
                }
                previousClose = lastClose;
                lastOpen = i;
                lastClose = close;
                groups++;
                i = close + 1;
            } else {
                i++;
            }
        }
        if (groups == 0 || lastClose != e - 1) {
            return new int[] {e, -1, -1};
        }
        if (groups == 1) {
            if (isYoungType(b, lastOpen + 1, lastClose)) {
                return new int[] {e, -1, -1};
            }
            return new int[] {first - 1, lastOpen + 1, lastClose};
        }
        return new int[] {previousClose + 1, lastOpen + 1, lastClose};
    }

    static boolean isYoungType(byte[] b, int s, int e) {
        return Ascii.equals(b, s, e, "Normal") || Ascii.equals(b, s, e, "Concurrent Start")
                || Ascii.equals(b, s, e, "Prepare Mixed") || Ascii.equals(b, s, e, "Mixed");
    }

    static int matching(byte[] b, int open, int e) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < e; i++) {
            if (b[i] == '(') {
                depth++;
            } else if (b[i] == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static int indexOfArrow(byte[] b, int s, int e) {
        for (int i = s; i + 1 < e; i++) {
            if (b[i] == '-' && b[i + 1] == '>') {
                return i;
            }
        }
        return -1;
    }

    static int until(byte[] b, int s, int e, byte c) {
        int i = Ascii.indexOf(b, s, e, c);
        return i < 0 ? e : i;
    }

    static int trimEnd(byte[] b, int s, int e) {
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    static boolean isLevel(byte[] b, int s, int e) {
        return Ascii.equals(b, s, e, "info") || Ascii.equals(b, s, e, "debug") || Ascii.equals(b, s, e, "trace")
                || Ascii.equals(b, s, e, "warning") || Ascii.equals(b, s, e, "error");
    }

    static long parseWall(byte[] b, int s, int e) {
        try {
            return OffsetDateTime.parse(Ascii.text(b, s, e), WALL).toInstant().toEpochMilli();
        } catch (DateTimeParseException ex) {
            return Ascii.NONE;
        }
    }

    static String collectorName(String using) {
        return switch (using) {
            case "The Z Garbage Collector" -> "ZGC";
            case "G1", "Parallel", "Serial", "Shenandoah", "Epsilon" -> using;
            default -> using.startsWith("The Z") ? "ZGC" : using;
        };
    }

    static String inferCollector(byte[] b, int s, int e) {
        if (Ascii.startsWith(b, s, e, "Pause Init ") || Ascii.startsWith(b, s, e, "Pause Final ")
                || Ascii.startsWith(b, s, e, "Pause Degenerated")) {
            return "Shenandoah";
        }
        if (Ascii.startsWith(b, s, e, "Pause Mark Start") || Ascii.startsWith(b, s, e, "Pause Mark End")
                || Ascii.startsWith(b, s, e, "Pause Relocate Start")) {
            return "ZGC";
        }
        if (Ascii.startsWith(b, s, e, "Pause Young (Normal)") || Ascii.startsWith(b, s, e, "Pause Young (Mixed)")
                || Ascii.startsWith(b, s, e, "Pause Young (Concurrent Start)") || Ascii.startsWith(b, s, e, "Pause Remark")
                || Ascii.startsWith(b, s, e, "Pause Young (Prepare Mixed)") || Ascii.startsWith(b, s, e, "Pause Cleanup")) {
            return "G1";
        }
        return GcLogTally.UNKNOWN;
    }
}
