package dev.podium.scenario.gc;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.G1Tuning;
import dev.podium.world.gc.GcCause;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.ParallelTuning;
import dev.podium.world.gc.PauseKind;

/**
 * Corrects a {@link LogFit}'s service time by simulating it. Little's law gives the bytes alive at a young pause
 * only on average over time, but pauses are not taken at random times: eden fills fastest just after a pause,
 * when the requests that queued during it all start at once, so the simulated pauses copy more than the estimate.
 * So the fit runs its own scenario (without the replayed log) for up to {@value #HORIZON_SECONDS} s of simulated
 * time, compares its young pauses with the log's, scales the load by the ratio of their rates (the fit's eden may not
 * be the JVM's, G1's especially, whose young size adapts) and the service time by the ratio of their mean pauses'
 * parts beyond the fixed cost; {@value #ROUNDS} rounds at most, stopping when within {@value #CLOSE_PERCENT} %.
 * Deterministic (the scenario's seed); runs on the calling thread.
 */
final class FitCalibration {
    static final int ROUNDS = 3;
    static final long HORIZON_SECONDS = 10;
    static final int CLOSE_PERCENT = 10;

    private FitCalibration() {
    }

    static LogFit calibrate(LogFit fit) {
        if (fit.collector() == Collector.Z || fit.collector() == Collector.GO || fit.meanYoungPauseNanos() <= 0) {
            return fit; // ZGC's and Go's pauses do not copy: nothing to calibrate against
        }
        long fixed = fit.collector() == Collector.PARALLEL ? ParallelTuning.YOUNG_FIXED_NANOS
                : G1Tuning.YOUNG_FIXED_NANOS;
        LogFit current = fit;
        for (int round = 0; round < ROUNDS; round++) {
            double[] sim = youngPauses(current);
            if (!(sim[0] > 0)) {
                return current;
            }
            double want = fit.meanYoungPauseNanos();
            double wantRate = fit.youngPausesPerSecond();
            boolean meanClose = Math.abs(sim[0] - want) <= want * CLOSE_PERCENT / 100.0;
            boolean rateClose = !(wantRate > 0) || Math.abs(sim[1] - wantRate) <= wantRate * CLOSE_PERCENT / 100.0;
            if (meanClose && rateClose) {
                return current;
            }
            if (!rateClose && sim[1] > 0) {
                current = current.withLoadScaled(Math.max(0.25, Math.min(4, wantRate / sim[1])));
            }
            if (!meanClose) {
                double scale = Math.max(0.1, Math.min(10, (want - fixed) / Math.max(1, sim[0] - fixed)));
                current = current.withServiceNanos(Math.max(1_000L, (long) (current.serviceNanos() * scale)));
            }
        }
        return current;
    }

    /** The mean (ns) and rate (per second) of the young pauses (not explicit ones) of the fit's first seconds. */
    private static double[] youngPauses(LogFit fit) {
        try {
            ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("calibration", FittedScenario.withoutLog(fit,
                    "calibration", "calibration")));
            long until = Math.min(run.durationNanos(), HORIZON_SECONDS * 1_000_000_000L);
            run.advanceTo(until, Long.MAX_VALUE);
            long sum = 0;
            int n = 0;
            for (WorldEvent e : run.timeline().events()) {
                if (e instanceof GcPauseEnded p && (p.kind() == PauseKind.YOUNG || p.kind() == PauseKind.PARALLEL_YOUNG)
                        && p.cause() != GcCause.SYSTEM_GC) {
                    sum += p.durationNanos();
                    n++;
                }
            }
            return new double[] {n == 0 ? 0 : (double) sum / n, n / (until / 1e9)};
        } catch (ScenarioException e) {
            throw new IllegalStateException("the fitted scenario does not load (a bug): " + e.getMessage(), e);
        }
    }
}
