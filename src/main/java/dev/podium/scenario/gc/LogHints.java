package dev.podium.scenario.gc;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM log says of its set-up besides its pauses, for {@link LogFit}: the {@code gc,init} lines of
 * {@code -Xlog:gc*} ({@code Heap Max Capacity: 256M}, {@code Heap Region Size: 1M}, {@code Parallel Workers: 2}),
 * a {@code MaxGCPauseMillis=} flag where a log prints the command line, and G1's ergonomics line
 * {@code pause time target: 200.00ms} ({@code -Xlog:gc+ergo*}). Reads the file line by line; stops looking after
 * the first {@value #HEAD_LINES} lines, where a JVM prints its set-up. Stateless.
 */
final class LogHints {
    static final int HEAD_LINES = 5_000;

    private static final Pattern MAX_CAPACITY = Pattern.compile("Heap Max Capacity: (\\d+)([KMG])\\b");
    private static final Pattern REGION = Pattern.compile("Heap Region Size: (\\d+)([KMG])\\b");
    private static final Pattern WORKERS = Pattern.compile("Parallel Workers: (\\d+)\\b");
    private static final Pattern PAUSE_FLAG = Pattern.compile("MaxGCPauseMillis=(\\d+)\\b");
    /** A Go gctrace line's processor count: {@code ..., 4 MB goal, 0 MB stacks, 0 MB globals, 4 P}. */
    private static final Pattern GO_PROCS = Pattern.compile(" MB goal,.* (\\d+) P\\b");
    private static final Pattern PAUSE_TARGET = Pattern.compile("pause time target: (\\d+)(?:\\.\\d+)?ms");

    private LogHints() {
    }

    /** The hints in {@code file}, with {@code collector} as its summary names it (null when unknown). */
    static LogFit.Hints read(Path file, String collector) throws IOException {
        long heap = 0;
        long region = 0;
        int workers = 0;
        int pause = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n++ < HEAD_LINES) {
                heap = heap > 0 ? heap : size(MAX_CAPACITY.matcher(line));
                region = region > 0 ? region : size(REGION.matcher(line));
                workers = workers > 0 ? workers : (int) number(WORKERS.matcher(line));
                workers = workers > 0 ? workers : (int) number(GO_PROCS.matcher(line));
                pause = pause > 0 ? pause : (int) number(PAUSE_FLAG.matcher(line));
                pause = pause > 0 ? pause : (int) number(PAUSE_TARGET.matcher(line));
            }
        }
        boolean known = collector != null && !collector.equals("unknown");
        return new LogFit.Hints(known ? collector : null, heap, region, Math.min(256, workers),
                Math.min(100_000, pause));
    }

    private static long size(Matcher m) {
        if (!m.find()) {
            return 0;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }

    private static long number(Matcher m) {
        return m.find() && m.group(1).length() < 9 ? Long.parseLong(m.group(1)) : 0;
    }
}
