package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.timeline.SimDurations;
import org.junit.jupiter.api.Test;

class PlotPainterTest {
    private static final long SECOND = 1_000_000_000L;

    /** The top label of the wait axis as the painter computes it, for 4 ticks. */
    private static String topLabel(long longestWait, long timeStep) {
        long range = PlotPainter.waitAxisRange(longestWait, timeStep);
        long step = SimDurations.axisStep(range, 4);
        long max = ((range + step - 1) / step) * step;
        return SimDurations.axisLabel(max, step);
    }

    @Test
    void beforeAnyoneWaitedTheWaitAxisReadsInTheRunsUnit() {
        assertEquals(10 * SECOND, PlotPainter.waitAxisRange(0, 10 * SECOND));
        assertEquals("10 s", topLabel(0, 10 * SECOND));
    }

    @Test
    void onceSomeoneWaitedTheAxisFollowsTheLongestWait() {
        assertEquals(3_000_000L, PlotPainter.waitAxisRange(3_000_000L, 10 * SECOND));
        assertEquals("3 ms", topLabel(3_000_000L, 10 * SECOND));
    }
}
