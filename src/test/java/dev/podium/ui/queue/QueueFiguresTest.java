package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.timeline.SimDurations;
import org.junit.jupiter.api.Test;

class QueueFiguresTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    @Test
    void ratesAreCountedPerAUnitNearTheServiceTime() {
        assertEquals(SimDurations.Unit.S, QueueFigures.rateUnit(S));
        assertEquals(SimDurations.Unit.S, QueueFigures.rateUnit(800 * MS));
        assertEquals(SimDurations.Unit.MIN, QueueFigures.rateUnit(300 * S));
        assertEquals("0.9", QueueFigures.rate(1_111_111_111L, SimDurations.Unit.S));
        assertEquals("1.3", QueueFigures.rate(800 * MS, SimDurations.Unit.S));
        assertEquals("0.90", QueueFigures.rho(900));
    }
}
