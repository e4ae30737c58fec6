package dev.podium.world.gc.log;

/**
 * Reads lines of JVM unified logging ({@code -Xlog:gc}, {@code -Xlog:gc*}; JDK 9 and later) with any decorators
 * (JEP 158: {@code [time][utctime][uptime][timemillis][uptimemillis][timenanos][uptimenanos][hostname][pid][tid]
 * [level][tags]}, each optional, in that order). The line's time is its uptime when it has one ({@code uptime},
 * {@code uptimemillis} or {@code uptimenanos}), else its wall time relative to the first line. Pause lines of G1,
 * Parallel, Serial, Shenandoah and ZGC (whose pauses are {@code [gc,phases]} lines of {@code -Xlog:gc*}) become
 * pauses; concurrent phases and ZGC's cycle lines become concurrent phases; {@code Using ...} names the collector.
 * Every other well-formed line is recognised and skipped. Works on the line's bytes; makes Strings only for the
 * names and causes of what it reports. Not thread-safe.
 */
final class JvmLines {
    private static final long MILLIS_EPOCH_FLOOR = 100_000_000_000L; // 1973 in ms: larger is wall time
    private static final long NANOS_EPOCH_FLOOR = 100_000_000_000_000_000L;
    private static final int CAUSES = 8;

    private final GcLogTally tally;
    private long wallOriginMillis = Ascii.NONE;
    private long heapMaxBytes = -1;
    private long capacityLow;
    private long capacityHigh = Long.MAX_VALUE;
    private String pendingTrigger;
    private final int[] causeIds = new int[CAUSES];
    private final String[] causes = new String[CAUSES];
    private int nextCause;

    // The decorations of the line being read.
    private long timeNanos;
    private int tagsFrom;
    private int tagsTo;
    private int gcId;

    JvmLines(GcLogTally tally) {
        this.tally = tally;
        java.util.Arrays.fill(causeIds, -1);
    }

    /** Reads one line; false when it is not a unified-logging line this reader understands. */
    boolean read(byte[] b, int from, int to) {
        long uptime = Ascii.NONE;
        long upMillis = Ascii.NONE;
        long upNanos = Ascii.NONE;
        long wallMillis = Ascii.NONE;
        long wallNanos = Ascii.NONE;
        int wallFrom = -1;
        int wallTo = -1;
        boolean level = false;
        boolean tagsNext = false;
        tagsFrom = -1;
        tagsTo = -1;
        int p = from;
        int groups = 0;
        while (p < to && b[p] == '[') {
            int s = p + 1;
            int e = Ascii.indexOf(b, s, to, (byte) ']');
            if (e < 0) {
                return false;
            }
            groups++;
            p = e + 1;
            if (tagsNext) {
                tagsNext = false;
                tagsFrom = s;
                tagsTo = JvmPieces.trimEnd(b, s, e);
                continue;
            }
            if (e - s >= 2 && b[e - 1] == 's') {
                byte unit = b[e - 2];
                if (unit == 'm') {
                    long v = Ascii.integer(b, s, e - 2);
                    if (v != Ascii.NONE) {
                        if (v >= MILLIS_EPOCH_FLOOR) {
                            wallMillis = v;
                        } else {
                            upMillis = v;
                        }
                        continue;
                    }
                } else if (unit == 'n') {
                    long v = Ascii.integer(b, s, e - 2);
                    if (v != Ascii.NONE) {
                        if (v >= NANOS_EPOCH_FLOOR) {
                            wallNanos = v;
                        } else {
                            upNanos = v;
                        }
                        continue;
                    }
                } else {
                    long v = Ascii.decimal(b, s, e - 1, 9);
                    if (v != Ascii.NONE) {
                        uptime = v;
                        continue;
                    }
                }
            }
            if (JvmPieces.isLevel(b, s, JvmPieces.trimEnd(b, s, e))) {
                level = true;
                tagsNext = true;
            } else if (e - s >= 19 && b[s + 4] == '-' && b[s + 10] == 'T') {
                wallFrom = s;
                wallTo = e;
            } else if (!level && Ascii.startsWith(b, s, e, "gc")) {
                tagsFrom = s; // no level decorator: a group that looks like tags
                tagsTo = JvmPieces.trimEnd(b, s, e);
            }
        }
        boolean timed = uptime != Ascii.NONE || upMillis != Ascii.NONE || upNanos != Ascii.NONE
                || wallMillis != Ascii.NONE || wallNanos != Ascii.NONE || wallFrom >= 0;
        if (p < to && b[p] == ' ') {
            p++;
        }
        if (groups == 0) {
            if (!Ascii.startsWith(b, p, to, "GC(") && !Ascii.startsWith(b, p, to, "Using ")) {
                return false;
            }
        } else if (!level && !timed) {
            return false; // decorated by a time is unified logging even without level and tags ("time,uptimemillis")
        }
        timeNanos = uptime != Ascii.NONE ? uptime
                : upMillis != Ascii.NONE ? upMillis * 1_000_000
                : upNanos != Ascii.NONE ? upNanos
                : wallMillis != Ascii.NONE ? sinceOrigin(wallMillis)
                : wallNanos != Ascii.NONE ? sinceOrigin(wallNanos / 1_000_000)
                : wallFrom >= 0 ? sinceOrigin(JvmPieces.parseWall(b, wallFrom, wallTo)) : -1;
        if (timeNanos >= 0) {
            tally.seen(timeNanos);
        }
        gcId = -1;
        if (Ascii.startsWith(b, p, to, "GC(")) {
            int close = Ascii.indexOf(b, p + 3, to, (byte) ')');
            long id = close < 0 ? Ascii.NONE : Ascii.integer(b, p + 3, close);
            if (id == Ascii.NONE || id > Integer.MAX_VALUE) {
                return false;
            }
            gcId = (int) id;
            tally.gcId(gcId);
            p = close + 1;
            if (p < to && b[p] == ' ') {
                p++;
            }
            if (p + 2 < to && b[p + 1] == ':' && b[p + 2] == ' '
                    && (b[p] == 'Y' || b[p] == 'O' || b[p] == 'y' || b[p] == 'o')) {
                p += 3; // generational ZGC: the young or old generation's part of a collection
            }
        }
        tally.jvm = true;
        return body(b, p, to);
    }

    private boolean body(byte[] b, int s, int e) {
        if (s >= e) {
            return true;
        }
        switch (b[s]) {
            case 'P':
                if (Ascii.startsWith(b, s, e, "Pause ")) {
                    return pause(b, s, e);
                }
                break;
            case 'C':
                if (Ascii.startsWith(b, s, e, "Concurrent ")) {
                    concurrent(b, s, e);
                }
                break;
            case 'G':
                if (Ascii.startsWith(b, s, e, "Garbage Collection (")) {
                    zCycle(b, s, e, "ZGC");
                }
                break;
            case 'M':
                if (Ascii.startsWith(b, s, e, "Major Collection (") || Ascii.startsWith(b, s, e, "Minor Collection (")) {
                    zCycle(b, s, e, "ZGC (generational)");
                } else if (Ascii.startsWith(b, s, e, "Max Capacity: ") && (tagsAre(b, "gc,init")
                        || tagsAre(b, "gc,heap"))) {
                    long max = Ascii.size(b, s + 14, JvmPieces.until(b, s + 14, e, (byte) '('));
                    heapMaxBytes = max == Ascii.NONE ? heapMaxBytes : max;
                }
                break;
            case 'U':
                if (gcId < 0 && Ascii.startsWith(b, s, e, "Using ") && tagsOpen(b, "gc")) {
                    tally.collector(JvmPieces.collectorName(Ascii.text(b, s + 6, e)));
                }
                break;
            case 'H':
                if (Ascii.startsWith(b, s, e, "Heap Max Capacity: ")) {
                    long max = Ascii.size(b, s + 19, e);
                    heapMaxBytes = max == Ascii.NONE ? heapMaxBytes : max;
                }
                break;
            case 'T':
                if (Ascii.startsWith(b, s, e, "Trigger: ")) {
                    pendingTrigger = Ascii.text(b, s + 9, e);
                }
                break;
            default:
                break;
        }
        return true;
    }

    private boolean pause(byte[] b, int s, int e) {
        boolean reported = tagsOpen(b, "gc") || tagsAre(b, "gc,phases");
        if (!reported) {
            return true; // [gc,start] opens a pause the [gc] line reports; [gc,stats] summarises
        }
        if (!Ascii.endsWith(b, s, e, "ms")) {
            // without tags it is another tag's line: [gc,start] opening the pause, Shenandoah's [gc,stats] in us
            return tagsFrom < 0 || !tagsAre(b, "gc");
        }
        int sp = Ascii.lastIndexOf(b, s, e, (byte) ' ');
        long duration = sp < 0 ? Ascii.NONE : Ascii.decimal(b, sp + 1, e - 2, 6);
        if (duration == Ascii.NONE) {
            return false;
        }
        int rest = sp;
        long before = -1;
        long after = -1;
        long capacity = -1;
        int sp2 = Ascii.lastIndexOf(b, s, rest, (byte) ' ');
        if (sp2 > s) {
            long[] heap = JvmPieces.heap(b, sp2 + 1, rest);
            if (heap != null) {
                before = heap[0];
                after = heap[1];
                capacity = heap[2];
                rest = sp2;
            }
        }
        String collector = tally.collector;
        if (collector.equals(GcLogTally.UNKNOWN)) {
            tally.collector(JvmPieces.inferCollector(b, s, rest));
            collector = tally.collector;
        }
        String name;
        String cause;
        if (collector.startsWith("ZGC") || collector.equals("Shenandoah")) {
            name = Ascii.text(b, s, rest);
            cause = cycleCause();
        } else {
            int[] split = JvmPieces.splitCause(b, s, rest);
            name = Ascii.text(b, s, split[0]);
            cause = split[1] < 0 ? "" : Ascii.text(b, split[1], split[2]);
        }
        long end = timeNanos >= 0 ? timeNanos : tally.lastEventNanos + duration;
        tally.pause(end, gcId, name, cause, before, after, capacity, duration);
        return true;
    }

    private void concurrent(byte[] b, int s, int e) {
        if (!(tagsOpen(b, "gc") || tagsAre(b, "gc,phases")) || !Ascii.endsWith(b, s, e, "ms")) {
            return;
        }
        int sp = Ascii.lastIndexOf(b, s, e, (byte) ' ');
        long duration = sp < 0 ? Ascii.NONE : Ascii.decimal(b, sp + 1, e - 2, 6);
        if (duration == Ascii.NONE) {
            return;
        }
        int rest = sp;
        long[] heap = null;
        int sp2 = Ascii.lastIndexOf(b, s, rest, (byte) ' ');
        if (sp2 > s) {
            heap = JvmPieces.heap(b, sp2 + 1, rest);
            if (heap != null) {
                rest = sp2;
            }
        }
        long end = timeNanos >= 0 ? timeNanos : tally.lastEventNanos;
        tally.concurrent(end, gcId, Ascii.text(b, s, rest), heap == null ? -1 : heap[0], heap == null ? -1 : heap[1],
                heap == null ? -1 : heap[2], duration);
    }

    /** ZGC's cycle line: {@code Garbage Collection (Warmup) 28M(44%)->38M(59%)}, generational with a duration. */
    private void zCycle(byte[] b, int s, int e, String collector) {
        tally.collector(collector);
        int open = Ascii.indexOf(b, s, e, (byte) '(');
        int close = JvmPieces.matching(b, open, e);
        if (close < 0) {
            return;
        }
        // the cycle's start; without tags, the line that is the cause alone (the end has sizes, or "Aborted")
        if (tagsAre(b, "gc,start") || tagsFrom < 0 && JvmPieces.trimEnd(b, close + 1, e) == close + 1) {
            rememberCause(gcId, Ascii.text(b, open + 1, close));
            return;
        }
        if (!tagsOpen(b, "gc")) {
            return;
        }
        int arrow = JvmPieces.indexOfArrow(b, close, e);
        if (arrow < 0) {
            tally.gcId(gcId); // e.g. "Garbage Collection (Allocation Rate) Aborted"
            return;
        }
        int beforeFrom = Ascii.lastIndexOf(b, s, arrow, (byte) ' ') + 1;
        long before = Ascii.size(b, beforeFrom, JvmPieces.until(b, beforeFrom, arrow, (byte) '('));
        int afterTo = JvmPieces.until(b, arrow + 2, e, (byte) ' ');
        long after = Ascii.size(b, arrow + 2, JvmPieces.until(b, arrow + 2, afterTo, (byte) '('));
        long capacity = heapMaxBytes;
        if (capacity < 0 && before != Ascii.NONE) {
            int pctOpen = JvmPieces.until(b, beforeFrom, arrow, (byte) '(');
            long percent = Ascii.integer(b, pctOpen + 1, Math.max(pctOpen + 1, arrow - 2));
            capacity = percent == Ascii.NONE ? -1 : capacityFromPercent(before, percent);
        }
        long duration = 0;
        if (afterTo < e && Ascii.endsWith(b, afterTo, e, "s")) {
            long v = Ascii.endsWith(b, afterTo, e, "ms") ? Ascii.decimal(b, afterTo + 1, e - 2, 6)
                    : Ascii.decimal(b, afterTo + 1, e - 1, 9);
            duration = v == Ascii.NONE ? 0 : v;
        }
        long end = timeNanos >= 0 ? timeNanos : tally.lastEventNanos;
        tally.concurrent(end, gcId, Ascii.text(b, s, beforeFrom - 1), before == Ascii.NONE ? -1 : before,
                after == Ascii.NONE ? -1 : after, capacity, duration);
    }

    // ---------------------------------------------------------------- pieces

    /**
     * The heap's size from a used size and its rounded percentage ({@code 152M(59%)}), when no line gave it: each
     * line narrows the range the size lies in, and the estimate is the number in it with the most trailing zero bits
     * in MiB (heap sizes are round numbers).
     */
    private long capacityFromPercent(long usedBytes, long percent) {
        if (percent <= 0 || percent >= 100 && usedBytes == 0) {
            return capacityHigh == Long.MAX_VALUE ? -1 : roundest(capacityLow, capacityHigh);
        }
        long low = (long) Math.ceil(usedBytes * 100.0 / (percent + 0.5));
        long high = (long) Math.floor(usedBytes * 100.0 / Math.max(0.5, percent - 0.5));
        if (Math.max(low, capacityLow) <= Math.min(high, capacityHigh)) {
            capacityLow = Math.max(low, capacityLow);
            capacityHigh = Math.min(high, capacityHigh);
        } else {
            capacityLow = low; // the heap was resized: start again
            capacityHigh = high;
        }
        return roundest(capacityLow, capacityHigh);
    }

    private static long roundest(long low, long high) {
        long mib = 1L << 20;
        long lowMib = (low + mib - 1) / mib;
        long highMib = high / mib;
        if (lowMib > highMib) {
            return lowMib * mib;
        }
        for (int bit = 62; bit >= 0; bit--) {
            long step = 1L << bit;
            long candidate = (lowMib + step - 1) / step * step;
            if (candidate <= highMib && candidate > 0) {
                return candidate * mib;
            }
        }
        return lowMib * mib;
    }

    /** Whether the line's tags are exactly {@code tags}. */
    private boolean tagsAre(byte[] b, String tags) {
        return tagsFrom >= 0 && Ascii.equals(b, tagsFrom, tagsTo, tags);
    }

    /** Whether the line's tags are {@code tags} or the line has no tags decorator. */
    private boolean tagsOpen(byte[] b, String tags) {
        return tagsFrom < 0 || Ascii.equals(b, tagsFrom, tagsTo, tags);
    }

    private long sinceOrigin(long wallMillis) {
        if (wallMillis == Ascii.NONE) {
            return -1;
        }
        if (wallOriginMillis == Ascii.NONE) {
            wallOriginMillis = wallMillis;
        }
        return Math.max(0, wallMillis - wallOriginMillis) * 1_000_000;
    }

    private void rememberCause(int id, String cause) {
        causeIds[nextCause] = id;
        causes[nextCause] = cause;
        nextCause = (nextCause + 1) % CAUSES;
    }

    /** The cause of the current GC id's cycle: ZGC's {@code [gc,start]} line, Shenandoah's trigger. */
    private String cycleCause() {
        for (int i = 0; i < CAUSES; i++) {
            if (causeIds[i] == gcId && gcId >= 0) {
                return causes[i];
            }
        }
        if (pendingTrigger != null && gcId >= 0) {
            String trigger = pendingTrigger;
            pendingTrigger = null;
            rememberCause(gcId, trigger);
            return trigger;
        }
        return "";
    }

}
