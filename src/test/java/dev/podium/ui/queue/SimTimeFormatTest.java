package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimTimeFormatTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    @Test
    void durationsReadInTheUnitThatSuitsThem() {
        assertEquals("800 ms", SimTimeFormat.format(800 * MS));
        assertEquals("2.4 s", SimTimeFormat.format(2_400 * MS));
        assertEquals("3 s", SimTimeFormat.format(3 * S));
        assertEquals("95 s", SimTimeFormat.format(95 * S));
        assertEquals("3.5 min", SimTimeFormat.format(210 * S));
        assertEquals("20 µs", SimTimeFormat.format(20_000));
        assertEquals("0 ns", SimTimeFormat.format(0));
    }

    @Test
    void axisStepsAreRoundAndTickLabelsUseTheStepsUnit() {
        assertEquals(30 * S, SimTimeFormat.axisStep(240 * S, 10));
        assertEquals("90 s", SimTimeFormat.tick(90 * S, 30 * S));
        assertEquals("2 min", SimTimeFormat.tick(120 * S, 60 * S));
        assertEquals("1.5 s", SimTimeFormat.tick(1_500 * MS, 500 * MS));
        assertEquals(200 * MS, SimTimeFormat.axisStep(1 * S, 5));
    }

    @Test
    void ratesAreCountedPerAUnitNearTheServiceTime() {
        assertEquals(SimTimeFormat.Unit.S, SimTimeFormat.rateUnit(S));
        assertEquals(SimTimeFormat.Unit.S, SimTimeFormat.rateUnit(800 * MS));
        assertEquals(SimTimeFormat.Unit.MIN, SimTimeFormat.rateUnit(300 * S));
        assertEquals("0.9", SimTimeFormat.rate(1_111_111_111L, SimTimeFormat.Unit.S));
        assertEquals("1.3", SimTimeFormat.rate(800 * MS, SimTimeFormat.Unit.S));
        assertEquals("0.90", SimTimeFormat.rho(900));
    }
}
