package dev.podium.scenario.gc;

import dev.podium.scenario.Durations;
import dev.podium.scenario.LogImport;
import dev.podium.scenario.LogImportException;
import dev.podium.scenario.LogImporter;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.SimulationFork;
import dev.podium.world.gc.GcEvent;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.log.GcLogException;
import dev.podium.world.gc.log.GcLogReader;
import dev.podium.world.gc.log.GcLogSummary;
import dev.podium.world.gc.log.SchedTraceSummary;
import java.math.BigDecimal;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The GC world's log importer ({@link GcLogReader}) as the rest of Podium sees it: its summary as the figures of
 * {@code podium import --json} ({@code pauses}, {@code pauseTotalMs}, {@code pauseMaxMs}, {@code pauseP99Ms},
 * {@code gcCpuShare}, {@code collector}, {@code unrecognisedLines}, in that order) and as lines of text. Times in
 * milliseconds with three decimals (microseconds, the logs' own resolution). A Go scheduler trace (alone or beside
 * gctrace) plays too: each {@code SCHED} sample becomes a {@code SchedTraced} event ({@link SchedTraceEvents}).
 */
final class GcLogImporter implements LogImporter {

    @Override
    public String formats() {
        return "JVM GC logs (-Xlog:gc, -Xlog:gc*) and Go GODEBUG=gctrace=1 / schedtrace output";
    }

    @Override
    public LogImport read(Path file, Consumer<? super WorldEvent> events) throws LogImportException {
        GcLogSummary s;
        SchedTraceEvents sched = new SchedTraceEvents(events::accept);
        try {
            s = GcLogReader.read(file, sched::gc, sched);
        } catch (GcLogException e) {
            throw new LogImportException(e.getMessage(), e);
        }
        sched.finish();
        return new LogImport(GcWorld.NAME, figures(s), report(file, s), s.warnings(), unplayable(s));
    }

    /**
     * The service fitted to the log ({@link LogFit}), replaying the log by its path relative to
     * {@code scenarioFile}'s folder.
     */
    @Override
    public Optional<SimulationFork> simulate(Path file, Path scenarioFile) throws LogImportException {
        List<GcEvent> events = new ArrayList<>();
        GcLogSummary s;
        LogFit fit;
        try {
            s = GcLogReader.read(file, events::add);
            fit = LogFit.fit(events, LogHints.read(file, s.collector()));
        } catch (GcLogException e) {
            throw new LogImportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new LogImportException(file + ": cannot read: " + e.getMessage(), e);
        } catch (LogFit.UnfitLog e) {
            throw new LogImportException(file + ": cannot simulate: " + e.getMessage(), e);
        }
        Path dir = scenarioFile.toAbsolutePath().getParent();
        String relative = dir.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        String label = file.getFileName().toString();
        String yaml = FittedScenario.withLogFile(fit, scenarioName(label), label, relative);
        try {
            return Optional.of(new SimulationFork(yaml, ScenarioLoader.parse(scenarioFile.toString(), yaml),
                    summary(fit)));
        } catch (ScenarioException e) {
            throw new IllegalStateException("the fitted scenario does not load (a bug): " + e.getMessage(), e);
        }
    }

    /** One line of what the fit found, for the CLI. */
    static String summary(LogFit f) {
        return String.format(Locale.ROOT, "fitted %s on a %s heap: %.1f MB/s in %.0f requests/s of %s, service "
                + "time %.3f ms, live set %.1f MiB, %d explicit GC(s), for %s", f.collector().displayName(),
                JvmSizes.format(f.heapBytes()), f.allocationBytesPerSecond() / 1e6, f.requestsPerSecond(),
                JvmSizes.format(f.allocationPerRequestBytes()), f.serviceNanos() / 1e6,
                f.liveSetBytes() / 1048576.0, f.systemGcNanos().size(),
                Durations.format(f.durationNanos()));
    }

    /** A scenario name from a log's file name: lower-case letters, digits and dashes. */
    static String scenarioName(String label) {
        String n = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "fitted-" + (n.isEmpty() ? "log" : n);
    }

    static Map<String, Object> figures(GcLogSummary s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("pauses", s.pauses());
        f.put("pauseTotalMs", millis(s.pauseTotalNanos()));
        f.put("pauseMaxMs", millis(s.pauseMaxNanos()));
        f.put("pauseP99Ms", millis(s.pauseP99Nanos()));
        f.put("gcCpuShare", BigDecimal.valueOf(s.gcCpuShare()).setScale(4, RoundingMode.HALF_EVEN));
        f.put("collector", s.collector());
        f.put("unrecognisedLines", s.unrecognisedLines());
        return f;
    }

    private static List<String> report(Path file, GcLogSummary s) {
        List<String> r = new ArrayList<>();
        r.add("log:          " + file.getFileName() + " (" + s.formats() + ", " + s.lines() + " lines)");
        if (s.hasGc()) {
            r.add("collector:    " + s.collector());
            r.add("pauses:       " + s.pauses() + ", total " + millis(s.pauseTotalNanos()) + " ms, max "
                    + millis(s.pauseMaxNanos()) + " ms, p99 " + millis(s.pauseP99Nanos()) + " ms");
            String how = s.collector().equals("Go") ? "the runtime's own figure at the last cycle"
                    : "pause time over the log's " + seconds(s.spanNanos()) + " s";
            r.add("GC CPU share: " + String.format(Locale.ROOT, "%.2f %%", s.gcCpuShare() * 100) + " (" + how + ")");
            r.add("cycles:       " + s.cycles() + (s.concurrentNanos() > 0 ? ", concurrent phases "
                    + millis(s.concurrentNanos()) + " ms of wall time" : ""));
        }
        SchedTraceSummary t = s.schedTrace();
        if (t != null) {
            r.add("scheduler:    " + t.samples() + " samples over " + millis(t.spanNanos()) + " ms, GOMAXPROCS "
                    + t.gomaxprocs() + ", threads up to " + t.maxThreads() + ", global run queue up to "
                    + t.maxGlobalRunQueue() + String.format(Locale.ROOT, " (mean %.2f)", t.meanGlobalRunQueue())
                    + ", one P's run queue up to " + t.maxLocalRunQueue());
            if (t.processorLines() + t.threadLines() + t.goroutineLines() > 0) {
                r.add("scheddetail:  " + t.processorLines() + " P lines, " + t.threadLines() + " M lines, "
                        + t.goroutineLines() + " G lines");
            }
        }
        r.add("unrecognised: " + s.unrecognisedLines() + " lines" + (s.firstUnrecognisedLines().isEmpty() ? ""
                : " (first at line " + joined(s.firstUnrecognisedLines()) + ")"));
        return r;
    }

    private static String unplayable(GcLogSummary s) {
        if (s.hasGc() || s.schedTrace() != null) {
            return null;
        }
        return "the log has neither GC pauses nor scheduler samples to play";
    }

    private static String joined(List<Long> lines) {
        StringBuilder b = new StringBuilder();
        for (Long line : lines) {
            b.append(b.length() == 0 ? "" : ", ").append(line);
        }
        return b.toString();
    }

    static BigDecimal millis(long nanos) {
        return BigDecimal.valueOf(nanos / 1000, 3);
    }

    private static BigDecimal seconds(long nanos) {
        return BigDecimal.valueOf(nanos / 1_000_000, 3);
    }
}
