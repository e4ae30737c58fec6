package dev.podium.scenario.gc;

import dev.podium.scenario.Durations;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.LoggedPause;
import java.util.List;
import java.util.Locale;

/**
 * A {@link LogFit} written as a GC scenario: the fitted service run for the log's duration, its explicit GCs as
 * {@code systemGc} actions, and the log itself replayed beside it ({@code replayLog: file} beside the scenario, or
 * {@code replayLogText: |} with the log's pauses rewritten as {@code -Xlog:gc} lines when there is no file, as when
 * the app continues an imported log as a simulation). The comments at the top say what the fit read and assumed.
 * Stateless; the text is the same for the same fit (the scenario loads back as written).
 */
final class FittedScenario {
    /** Most pauses written into {@code replayLogText}, so the scenario stays under the loader's 1 MiB. */
    static final int MAX_INLINE_PAUSES = 8_000;

    private FittedScenario() {
    }

    /** The scenario, replaying {@code logFile} (a path relative to the scenario's folder). */
    static String withLogFile(LogFit fit, String name, String logLabel, String logFile) {
        return head(fit, name, logLabel) + LogReplay.FILE_KEY + ": " + quoted(logFile) + "\n";
    }

    /** The scenario with no log replayed (for {@link FitCalibration}). */
    static String withoutLog(LogFit fit, String name, String logLabel) {
        return head(fit, name, logLabel);
    }

    /** The scenario, replaying {@code pauses} written into it. */
    static String withInlineLog(LogFit fit, String name, String logLabel, List<LoggedPause> pauses) {
        StringBuilder b = new StringBuilder(head(fit, name, logLabel));
        if (pauses.size() > MAX_INLINE_PAUSES) {
            b.append("# only the log's first ").append(MAX_INLINE_PAUSES).append(" of ").append(pauses.size())
                    .append(" pauses are replayed below\n");
        }
        b.append(LogReplay.TEXT_KEY).append(": |\n");
        List<LoggedPause> written = pauses.subList(0, Math.min(MAX_INLINE_PAUSES, pauses.size()));
        if (fit.collector() == Collector.GO) { // Go's two pauses a cycle are one gctrace line
            for (GoLogFit.Cycle c : GoLogFit.cycles(written)) {
                b.append("  ").append(GoLogFit.gctraceLine(c, fit.gcThreads())).append('\n');
            }
            return b.toString();
        }
        b.append("  [0.000s][info][gc] Using ").append(fit.loggedCollector()).append('\n');
        for (LoggedPause p : written) {
            b.append("  ").append(unifiedLine(p)).append('\n');
        }
        return b.toString();
    }

    /**
     * A pause as JVM unified logging writes it ({@code [1.234s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation
     * Pause) 24M->4M(256M) 3.456ms}), sizes in K so nothing is lost to rounding. The uptime keeps milliseconds,
     * which a JVM log also does.
     */
    static String unifiedLine(LoggedPause p) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "[%d.%03ds][info][gc] GC(%d) %s", p.timeNanos() / 1_000_000_000L,
                p.timeNanos() / 1_000_000 % 1000, p.gcId(), p.name()));
        if (!p.cause().isEmpty()) {
            b.append(" (").append(p.cause()).append(')');
        }
        if (p.heapBeforeBytes() >= 0 && p.heapAfterBytes() >= 0 && p.heapCapacityBytes() >= 0) {
            b.append(' ').append(p.heapBeforeBytes() >> 10).append("K->").append(p.heapAfterBytes() >> 10)
                    .append("K(").append(p.heapCapacityBytes() >> 10).append("K)");
        }
        b.append(String.format(Locale.ROOT, " %d.%03dms", p.durationNanos() / 1_000_000,
                p.durationNanos() / 1000 % 1000));
        return b.toString();
    }

    private static String head(LogFit fit, String name, String logLabel) {
        StringBuilder b = new StringBuilder();
        b.append("# Fitted from the GC log ").append(oneLine(logLabel)).append(" by podium import --simulate.\n");
        boolean go = fit.collector() == Collector.GO;
        b.append(String.format(Locale.ROOT, "# The log: %s, heap up to %s, allocation %.1f MB/s, live set about %s,"
                + " mean %s pause %.3f ms%n", fit.loggedCollector(), JvmSizes.format(fit.heapBytes()),
                fit.allocationBytesPerSecond() / 1e6, mib(fit.liveSetBytes()), go ? "stop-the-world" : "young",
                fit.meanYoungPauseNanos() / 1e6));
        if (go) {
            b.append("# (GOGC ").append(fit.gogc()).append(" from the heap goals over the live heaps before them;"
                    + " Xmx is the machine's room, four times the largest goal)\n");
        } else {
            b.append(String.format(Locale.ROOT, "# (the log's young pauses grow %.4f ms per MiB of heap after them;"
                    + " the model's copying cost is fixed)%n", fit.msPerMibAfter()));
        }
        for (String note : fit.notes()) {
            b.append("# Note: ").append(oneLine(note)).append('\n');
        }
        b.append(go ? "# Change GOGC or add GOMEMLIMIT below and run again to compare with the log's\n"
                : "# Change the collector, Xmx or MaxGCPauseMillis below and run again to compare with the log's\n");
        b.append("# pauses, which the GC view draws beside the simulated ones. docs/gc-fidelity.md says how.\n");
        b.append("podium: 1\n");
        b.append("name: ").append(name).append('\n');
        b.append("title:\n");
        b.append("  en: ").append(quoted("Simulated from " + logLabel)).append('\n');
        b.append("  zh-CN: ").append(quoted("根据 " + logLabel + " 模拟")).append('\n');
        b.append("description:\n");
        b.append("  en: ").append(quoted("A service fitted to the GC log " + logLabel + ", run for the log's "
                + Durations.format(fit.durationNanos()) + "; the log's own pauses are drawn beside the simulated "
                + "ones.")).append('\n');
        b.append("  zh-CN: ").append(quoted("根据 GC 日志 " + logLabel + " 拟合的服务，运行日志的时长 "
                + Durations.format(fit.durationNanos()) + "；日志中的真实停顿画在模拟停顿旁边。")).append('\n');
        b.append("worlds: [gc]\n");
        b.append("seed: 1\n");
        b.append("duration: ").append(Durations.format(roundUpMillis(fit.durationNanos()))).append('\n');
        b.append("params:\n");
        if (go) {
            b.append("  runtime: go\n");
            b.append("  GOGC: ").append(fit.gogc()).append('\n');
            b.append("  cpus: ").append(fit.gcThreads()).append('\n');
        }
        b.append("  Xmx: ").append(JvmSizes.format(fit.heapBytes())).append('\n');
        switch (fit.collector()) {
            case GO -> {
            }
            case PARALLEL -> b.append("  UseParallelGC: true\n");
            case Z -> b.append("  UseZGC: true\n");
            default -> b.append("  UseG1GC: true\n");
        }
        if (fit.regionBytes() > 0) {
            b.append("  G1HeapRegionSize: ").append(JvmSizes.format(fit.regionBytes())).append('\n');
        }
        if (fit.maxPauseMillis() > 0) {
            b.append("  MaxGCPauseMillis: ").append(fit.maxPauseMillis()).append('\n');
        }
        if (!go) {
            b.append("  ParallelGCThreads: ").append(fit.gcThreads()).append('\n');
        }
        b.append(String.format(Locale.ROOT, "  requestsPerSecond: %.1f%n", fit.requestsPerSecond()));
        b.append("  threads: ").append(fit.threads()).append('\n');
        b.append("  serviceTime: ").append(Durations.format(fit.serviceNanos() / 1000 * 1000)).append('\n');
        b.append("  allocationPerRequest: ").append(JvmSizes.format(fit.allocationPerRequestBytes())).append('\n');
        b.append("  sessionPercent: ").append(fit.sessionPercent()).append('\n');
        b.append("  sessionLifetime: ").append(Durations.format(fit.sessionLifetimeNanos())).append('\n');
        b.append("  cachePercent: 0\n");
        if (!fit.systemGcNanos().isEmpty()) {
            b.append("actions:\n");
        }
        for (long t : fit.systemGcNanos()) {
            b.append("  - at: ").append(Durations.format(t / 1_000_000 * 1_000_000)).append('\n');
            b.append("    do: systemGc\n");
        }
        return b.toString();
    }

    private static long roundUpMillis(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000) * 1_000_000;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** A double-quoted YAML string. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
