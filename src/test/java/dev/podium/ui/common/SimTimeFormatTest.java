package dev.podium.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimTimeFormatTest {
    @Test
    void eachUnitKeepsThreeSignificantDigits() {
        assertEquals("250 ns", SimTimeFormat.format(250));
        assertEquals("12.5 µs", SimTimeFormat.format(12_500));
        assertEquals("3.20 ms", SimTimeFormat.format(3_200_000));
        assertEquals("42.1 s", SimTimeFormat.format(42_100_000_000L));
        assertEquals("3 min 05 s", SimTimeFormat.format(185_000_000_000L));
    }

    @Test
    void unitComesFromTheScaleSoALabelKeepsItsUnit() {
        assertEquals("0.00 ms", SimTimeFormat.format(0, 5_000_000));
        assertEquals("0.25 ms", SimTimeFormat.format(250_000, 5_000_000));
        assertEquals("0 min 42 s", SimTimeFormat.format(42_100_000_000L, 600_000_000_000L));
        assertEquals("0.50 s", SimTimeFormat.format(500_000_000L, 30_000_000_000L));
    }

    @Test
    void roundingMovesToTheNextDigitCount() {
        assertEquals("10.0 µs", SimTimeFormat.format(9_999, SimTimeFormat.Unit.US));
        assertEquals("100 µs", SimTimeFormat.format(99_999, SimTimeFormat.Unit.US));
        assertEquals("1 min 00 s", SimTimeFormat.format(59_600_000_000L, SimTimeFormat.Unit.MIN));
        assertEquals("120 min 00 s", SimTimeFormat.format(7_200_000_000_000L));
    }

    @Test
    void unitBoundaries() {
        assertEquals(SimTimeFormat.Unit.NS, SimTimeFormat.Unit.forScale(999));
        assertEquals(SimTimeFormat.Unit.US, SimTimeFormat.Unit.forScale(1_000));
        assertEquals(SimTimeFormat.Unit.MS, SimTimeFormat.Unit.forScale(1_000_000));
        assertEquals(SimTimeFormat.Unit.S, SimTimeFormat.Unit.forScale(1_000_000_000L));
        assertEquals(SimTimeFormat.Unit.MIN, SimTimeFormat.Unit.forScale(60_000_000_000L));
    }

    @Test
    void negativeTimesKeepTheirSign() {
        assertEquals("-3.20 ms", SimTimeFormat.format(-3_200_000));
    }
}
