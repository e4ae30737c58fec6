package dev.podium.world.gc.log;

import dev.podium.world.gc.GcEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Imports a real GC log: reads it once, line by line, in bounded memory (one 1 MiB buffer and running tallies,
 * never the whole file), hands every pause and concurrent phase to the caller as a {@link GcEvent} in time order,
 * and returns the {@link GcLogSummary}. JVM unified logging and Go's gctrace and schedtrace lines may be read from
 * the same file; each line is told by its first bytes.
 *
 * <p>Lines it does not recognise are counted (with the first few line numbers) and skipped. A line with control
 * bytes (binary junk, a NUL-filled tail after a crash) or longer than 64 KiB ends the reading there, with a warning
 * naming {@code file:line}; so does a last line cut off without its line end, if it does not read. A file none of
 * whose first {@value #SNIFF_LINES} non-blank lines is recognised is not a GC log: {@link GcLogException}.
 *
 * <p>One reader per import; not thread-safe.
 */
public final class GcLogReader {
    /** How many non-blank lines may pass before the file must have shown a recognised line. */
    public static final int SNIFF_LINES = 1000;

    private final String name;
    private final Consumer<? super GcEvent> events;
    private final SchedTraceListener schedListener;

    /**
     * @param name the file's name in messages
     * @param events receives each pause and concurrent phase, in time order
     * @param schedListener receives the scheduler trace's lines
     */
    public GcLogReader(String name, Consumer<? super GcEvent> events, SchedTraceListener schedListener) {
        this.name = name;
        this.events = events;
        this.schedListener = schedListener;
    }

    /** A reader that hands events to {@code events} and ignores scheduler-trace lines' details. */
    public GcLogReader(String name, Consumer<? super GcEvent> events) {
        this(name, events, new SchedTraceListener() { });
    }

    /** Reads {@code file}. */
    public static GcLogSummary read(Path file, Consumer<? super GcEvent> events) throws GcLogException {
        return read(file, events, new SchedTraceListener() { });
    }

    /** Reads {@code file}, handing its scheduler-trace lines to {@code schedListener}. */
    public static GcLogSummary read(Path file, Consumer<? super GcEvent> events, SchedTraceListener schedListener)
            throws GcLogException {
        try (InputStream in = Files.newInputStream(file)) {
            return new GcLogReader(file.getFileName().toString(), events, schedListener).read(in);
        } catch (NoSuchFileException e) {
            throw new GcLogException(file + ": no such file");
        } catch (IOException e) {
            throw new GcLogException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads the log from {@code in} to its end (or its last good line). */
    public GcLogSummary read(InputStream in) throws IOException, GcLogException {
        GcLogTally tally = new GcLogTally(events);
        JvmLines jvm = new JvmLines(tally);
        GoLines go = new GoLines(tally, schedListener);
        ByteLines lines = new ByteLines(in);
        long nonBlank = 0;
        long lastGood = 0;
        while (lines.next()) {
            long number = lines.number();
            if (lines.garbled()) {
                if (!tally.recognisedAny()) {
                    throw new GcLogException(name + ":" + number + ": not a GC log (binary or garbled bytes before any"
                            + " GC log line)");
                }
                tally.warn(name + ":" + number + ": garbled line (control bytes or over " + ByteLines.MAX_LINE_BYTES
                        + " bytes); stopped reading there and kept lines 1 to " + lastGood);
                break;
            }
            byte[] b = lines.buffer();
            int from = lines.start();
            int to = lines.end();
            if (isBlank(b, from, to)) {
                continue;
            }
            nonBlank++;
            boolean ok = line(b, from, to, jvm, go);
            if (ok) {
                lastGood = number;
            } else if (!lines.endedByNewline()) {
                tally.warn(name + ":" + number + ": the last line is cut off (no line end) and does not read; kept"
                        + " lines 1 to " + lastGood);
            } else {
                tally.unrecognised(number);
            }
            if (!tally.recognisedAny() && nonBlank >= SNIFF_LINES) {
                break;
            }
        }
        if (!tally.recognisedAny()) {
            throw new GcLogException(name + ": not a GC log: none of its first " + Math.min(nonBlank, SNIFF_LINES)
                    + " non-blank lines is a JVM unified-logging line (-Xlog:gc), a Go gctrace line or a Go"
                    + " schedtrace line");
        }
        return tally.summary(lines.number(), go.schedSummary());
    }

    private static boolean line(byte[] b, int from, int to, JvmLines jvm, GoLines go) {
        byte first = b[from];
        if (first == '[') {
            return jvm.read(b, from, to);
        }
        if (first == 'g' && Ascii.startsWith(b, from, to, "gc ")) {
            return go.gcTrace(Ascii.text(b, from, to));
        }
        if (first == 'S' && Ascii.startsWith(b, from, to, "SCHED ")) {
            return go.schedLine(Ascii.text(b, from, to));
        }
        if (first == ' ') {
            return go.detailLine(Ascii.text(b, from, to));
        }
        if (Ascii.startsWith(b, from, to, "GC forced") || Ascii.startsWith(b, from, to, "scvg")) {
            return true; // Go: sysmon's forced periodic GC, the scavenger's lines of older versions
        }
        if (first == 'G' || first == 'U') {
            return jvm.read(b, from, to); // unified logging with no decorators at all
        }
        return false;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
