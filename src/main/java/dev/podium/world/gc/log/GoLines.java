package dev.podium.world.gc.log;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Go runtime trace lines: {@code GODEBUG=gctrace=1} (mgc.go's gcMarkTermination; Go 1.19 and later, and the
 * shorter lines of Go 1.17 and earlier without stacks and globals), {@code schedtrace=N} (proc.go's schedtrace) and
 * {@code scheddetail=1}'s P, M and G lines. Each gctrace line is two stop-the-world pauses: sweep termination, which
 * began the cycle at {@code @T}, lasting A ms, and mark termination, after B ms of concurrent marking, lasting C ms.
 * Their sum is what the runtime adds to {@code MemStats.PauseTotalNs}. Not thread-safe.
 */
final class GoLines {
    private static final long MB = 1L << 20;
    /** A decimal number as the runtime prints it: digits with at most one point. */
    private static final String DEC = "\\d+(?:\\.\\d+)?";
    private static final Pattern GC = Pattern.compile("gc (\\d+) @(" + DEC + ")s (\\d+)%: (" + DEC + ")\\+(" + DEC
            + ")\\+(" + DEC + ") ms clock, " + DEC + "\\+" + DEC + "/" + DEC + "/" + DEC + "\\+" + DEC + " ms cpu,"
            + " (\\d+)->(\\d+)->(\\d+) MB, (\\d+) MB goal,(?: \\d+ MB stacks, \\d+ MB globals,)? (\\d+) P( \\(forced\\))?");
    private static final Pattern SCHED = Pattern.compile("SCHED (\\d+)ms: (.*)");
    private static final Pattern DETAIL = Pattern.compile(" +([PMG])(\\d+): (.*)");

    private final GcLogTally tally;
    private final SchedTraceListener listener;
    private final SchedTally sched = new SchedTally();

    GoLines(GcLogTally tally, SchedTraceListener listener) {
        this.tally = tally;
        this.listener = listener;
    }

    /** Reads a line that starts with {@code gc }; false if it is not a gctrace line. */
    boolean gcTrace(String line) {
        Matcher m = GC.matcher(line);
        if (!m.matches()) {
            return false;
        }
        int id;
        long start;
        long sweepTermination;
        long mark;
        long markTermination;
        long h0;
        long h1;
        long h2;
        long goal;
        int util;
        try {
            id = Integer.parseInt(m.group(1));
            start = nanos(m.group(2), 9);
            sweepTermination = nanos(m.group(4), 6);
            mark = nanos(m.group(5), 6);
            markTermination = nanos(m.group(6), 6);
            h0 = megabytes(m.group(7));
            h1 = megabytes(m.group(8));
            h2 = megabytes(m.group(9));
            goal = megabytes(m.group(10));
            util = Integer.parseInt(m.group(3));
            Math.addExact(Math.addExact(Math.addExact(start, sweepTermination), mark), markTermination);
        } catch (NumberFormatException | ArithmeticException e) {
            return false; // a number no runtime prints (out of range): an unrecognised line, counted as such
        }
        tally.goTrace = true;
        tally.collector("Go");
        tally.goCycles++;
        String cause = m.group(12) != null ? "forced" : "";
        tally.goUtilPercent = util;
        tally.pause(start + sweepTermination, id, "STW sweep termination", cause, h0, h0, goal, sweepTermination);
        tally.concurrent(start + sweepTermination + mark, id, "Concurrent mark and scan", h0, h1, goal, mark);
        tally.pause(start + sweepTermination + mark + markTermination, id, "STW mark termination", cause, h1, h2, goal,
                markTermination);
        return true;
    }

    /** Reads a {@code SCHED} line; false if it does not parse. */
    boolean schedLine(String line) {
        Matcher m = SCHED.matcher(line);
        if (!m.matches()) {
            return false;
        }
        KeyValues kv = new KeyValues(m.group(2));
        int gomaxprocs = kv.integer("gomaxprocs");
        int threads = kv.integer("threads");
        int runqueue = kv.integer("runqueue");
        if (gomaxprocs < 0 || threads < 0 || runqueue < 0) {
            return false;
        }
        int[] local = kv.bracketed();
        SchedSample sample = new SchedSample(Long.parseLong(m.group(1)) * 1_000_000, gomaxprocs,
                kv.integer("idleprocs"), threads, kv.integer("spinningthreads"), kv.integer("needspinning"),
                kv.integer("idlethreads"), runqueue, local);
        tally.schedTrace = true;
        sched.sample(sample);
        listener.sample(sample);
        return true;
    }

    /** Reads a scheddetail line ({@code   P0: ...}, {@code   M3: ...}, {@code   G17: ...}); false if it is not one. */
    boolean detailLine(String line) {
        Matcher m = DETAIL.matcher(line);
        if (!m.matches()) {
            return false;
        }
        char kind = m.group(1).charAt(0);
        long id = Long.parseLong(m.group(2));
        String rest = m.group(3);
        SchedDetail detail;
        if (kind == 'G') {
            int statusAt = rest.indexOf("status=");
            if (statusAt < 0) {
                return false;
            }
            int i = statusAt + 7;
            int digits = i;
            while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) {
                digits++;
            }
            if (digits == i) {
                return false;
            }
            int status = Integer.parseInt(rest.substring(i, digits));
            String reason = "";
            int after = digits;
            if (digits < rest.length() && rest.charAt(digits) == '(') {
                int depth = 0;
                int j = digits;
                for (; j < rest.length(); j++) {
                    char c = rest.charAt(j);
                    if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        break;
                    }
                }
                if (j == rest.length()) {
                    return false;
                }
                reason = rest.substring(digits + 1, j);
                after = j + 1;
            }
            KeyValues kv = new KeyValues(rest.substring(after));
            detail = new SchedDetail('G', id, status, reason, kv.id("m"), -1);
        } else {
            KeyValues kv = new KeyValues(rest);
            if (kind == 'P') {
                detail = new SchedDetail('P', id, kv.integer("status"), "", kv.id("m"), kv.integer("runqsize"));
            } else {
                detail = new SchedDetail('M', id, -1, "", kv.id("p"), kv.id("curg"));
            }
        }
        tally.schedTrace = true;
        sched.detail(detail);
        listener.detail(detail);
        return true;
    }

    SchedTraceSummary schedSummary() {
        return sched.summary();
    }

    private static long nanos(String decimal, int scale) {
        return new BigDecimal(decimal).movePointRight(scale).setScale(0, java.math.RoundingMode.DOWN).longValueExact();
    }

    private static long megabytes(String digits) {
        return Math.multiplyExact(Long.parseLong(digits), MB);
    }

    /** {@code key=value} words of a line, and a bracketed list of numbers. */
    private static final class KeyValues {
        private final String text;

        KeyValues(String text) {
            this.text = " " + text;
        }

        String value(String key) {
            int at = text.indexOf(" " + key + "=");
            if (at < 0) {
                return null;
            }
            int from = at + key.length() + 2;
            int to = text.indexOf(' ', from);
            return text.substring(from, to < 0 ? text.length() : to);
        }

        int integer(String key) {
            String v = value(key);
            if (v == null || v.isEmpty()) {
                return -1;
            }
            if (v.equals("true")) {
                return 1;
            }
            if (v.equals("false")) {
                return 0;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** An id that may be {@code nil} (Go 1.21+) or {@code -1} (earlier) for none. */
        long id(String key) {
            String v = value(key);
            if (v == null || v.equals("nil")) {
                return -1;
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        int[] bracketed() {
            int open = text.indexOf('[');
            int close = open < 0 ? -1 : text.indexOf(']', open);
            if (close < 0) {
                return new int[0];
            }
            String inside = text.substring(open + 1, close).trim();
            if (inside.isEmpty()) {
                return new int[0];
            }
            String[] parts = inside.split(" +");
            int[] values = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    values[i] = Integer.parseInt(parts[i]);
                } catch (NumberFormatException e) {
                    return new int[0];
                }
            }
            return values;
        }
    }

    /** Running figures of the scheduler trace. */
    private static final class SchedTally {
        long samples;
        int gomaxprocs = -1;
        int maxThreads;
        int maxIdle;
        int maxGlobal;
        int maxLocal;
        long globalSum;
        long procs;
        long threads;
        long goroutines;
        long spanNanos;

        void sample(SchedSample s) {
            samples++;
            gomaxprocs = s.gomaxprocs();
            maxThreads = Math.max(maxThreads, s.threads());
            maxIdle = Math.max(maxIdle, s.idleProcs());
            maxGlobal = Math.max(maxGlobal, s.globalRunQueue());
            globalSum += s.globalRunQueue();
            for (int q : s.localRunQueues()) {
                maxLocal = Math.max(maxLocal, q);
            }
            spanNanos = Math.max(spanNanos, s.timeNanos());
        }

        void detail(SchedDetail d) {
            switch (d.kind()) {
                case 'P' -> {
                    procs++;
                    maxLocal = Math.max(maxLocal, (int) d.runQueue());
                }
                case 'M' -> threads++;
                default -> goroutines++;
            }
        }

        SchedTraceSummary summary() {
            return samples == 0 && procs + threads + goroutines == 0 ? null
                    : new SchedTraceSummary(samples, gomaxprocs, maxThreads, maxIdle, maxGlobal, maxLocal,
                            samples == 0 ? 0 : globalSum / (double) samples, procs, threads, goroutines, spanNanos);
        }
    }
}
