package dev.podium.world.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulated M/M/1 queue against queueing theory: mean wait in queue Wq = ρ / (μ − λ) and mean
 * time in system W = 1 / (μ − λ). Long runs with the warm-up discarded; the tolerance is a few
 * standard errors of a run this long (heavier at high load, where waits are strongly correlated).
 */
class MM1AgainstTheoryTest {
    private static final long SECOND = 1_000_000_000L;

    /** Sums waits of customers that start service after the warm-up. */
    private static final class WaitMeter {
        final long warmupNanos;
        long waits;
        long waitSum;
        long sojourns;
        long sojournSum;

        WaitMeter(long warmupNanos) {
            this.warmupNanos = warmupNanos;
        }

        void accept(WorldEvent e) {
            if (e.timeNanos() < warmupNanos) {
                return;
            }
            if (e instanceof ServiceStarted s) {
                waits++;
                waitSum += s.waitNanos();
            } else if (e instanceof ServiceCompleted c) {
                sojourns++;
                sojournSum += c.sojournNanos();
            }
        }
    }

    @ParameterizedTest(name = "λ={0}/s, μ=1/s")
    @CsvSource({"0.5, 0.03", "0.8, 0.06"})
    void meanWaitMatchesTheFormula(double lambda, double relativeTolerance) {
        Kernel kernel = new Kernel(2026);
        WaitMeter meter = new WaitMeter(10_000 * SECOND);
        QueueModel model = new QueueModel(kernel, meter::accept,
                QueueParams.mm1(QueueParams.interarrivalForRate(lambda), SECOND));
        model.start();
        kernel.runUntil(1_010_000 * SECOND);

        double mu = 1.0;
        double rho = lambda / mu;
        double expectedWaitSeconds = rho / (mu - lambda);
        double expectedSojournSeconds = 1.0 / (mu - lambda);
        double meanWait = meter.waitSum / (double) meter.waits / SECOND;
        double meanSojourn = meter.sojournSum / (double) meter.sojourns / SECOND;
        assertEquals(expectedWaitSeconds, meanWait, expectedWaitSeconds * relativeTolerance,
                "mean wait over " + meter.waits + " customers");
        assertEquals(expectedSojournSeconds, meanSojourn, expectedSojournSeconds * relativeTolerance,
                "mean time in system over " + meter.sojourns + " customers");
    }

    @ParameterizedTest(name = "D/D/1 at ρ={0} never waits")
    @CsvSource({"0.5", "0.99"})
    void deterministicArrivalsBelowCapacityNeverWait(double rho) {
        Kernel kernel = new Kernel(1);
        WaitMeter meter = new WaitMeter(0);
        QueueModel model = new QueueModel(kernel, meter::accept, new QueueParams(
                QueueParams.interarrivalForRate(rho), SECOND, 1, Distribution.FIXED, Distribution.FIXED, 0));
        model.start();
        kernel.runUntil(10_000 * SECOND);
        assertEquals(0, meter.waitSum);
    }
}
