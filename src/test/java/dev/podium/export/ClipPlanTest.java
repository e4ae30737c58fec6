package dev.podium.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClipPlanTest {
    private static final long S = 1_000_000_000L;

    @Test
    void fiftySimSecondsAtSpeedTenAndTenFpsIsFiftyFramesHalfASecondOfSimApart() {
        ClipPlan plan = new ClipPlan(40 * S, 90 * S, 10, 10);
        assertEquals(5.0, plan.wallSeconds(), 1e-9);
        assertEquals(50, plan.frameCount());
        assertEquals(40 * S, plan.timeOf(0));
        assertEquals(40 * S + S, plan.timeOf(1));
        assertEquals(89 * S, plan.timeOf(49));
    }

    @Test
    void anEmptyRangeIsOneFrame() {
        ClipPlan plan = new ClipPlan(5 * S, 5 * S, 1, 30);
        assertEquals(1, plan.frameCount());
        assertEquals(5 * S, plan.timeOf(0));
    }

    @Test
    void badRangesSpeedsAndRatesAreRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClipPlan(9 * S, 2 * S, 1, 10))
                .getMessage().contains("ends before it starts"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClipPlan(0, S, 0, 10))
                .getMessage().contains("speed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClipPlan(0, S, 1, 0))
                .getMessage().contains("frames per second"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClipPlan(0, 3600 * S, 0.01, 30))
                .getMessage().contains("raise the speed"));
    }
}
