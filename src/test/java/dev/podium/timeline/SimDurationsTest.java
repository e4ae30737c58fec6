package dev.podium.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.timeline.SimDurations.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each notation of simulated durations, its rounding and its edges. */
class SimDurationsTest {
    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long MIN = 60 * S;
    private static final long H = 60 * MIN;

    @ParameterizedTest(name = "{0} ns is exactly {1}")
    @CsvSource({
        "0, 0s",
        "250, 250ns",
        "1500, 1.5us",
        "1000000, 1ms",
        "1500000000, 1.5s",
        "90000000000, 90s",
        "120000000000, 2m",
        "3600000000000, 1h",
        "5400000000000, 90m",
        "3723500000000, 3723.5s",
        "3723000000000, 3723s",
        "3600500000000, 1h0.5s",
        "20000000000, 20s",
        "123456789, 123456789ns",
        "-1500000000, -1.5s",
        "9223372036854775807, 9223372036.854775807s",
        "-9223372036854775808, -9223372036.854775808s",
    })
    void exactIsTheShortestScenarioTextOfTheSameNanos(long nanos, String text) {
        assertEquals(text, SimDurations.exact(nanos));
    }

    @ParameterizedTest(name = "{0} ns rounds to {1}")
    @CsvSource({
        "120000000000, 2m",
        "90123456789, 90.1s",
        "1234567890, 1.235s",
        "1234567, 1235us",
        "250400, 250.4us",
        "999, 999ns",
        "0, 0s",
    })
    void roundedKeepsThreeOrFourSignificantFigures(long nanos, String text) {
        assertEquals(text, SimDurations.rounded(nanos));
    }

    @Test
    void ageCountsWholeSecondsTheKubectlWay() {
        assertEquals("0s", SimDurations.age(999 * MS));
        assertEquals("45s", SimDurations.age(45 * S));
        assertEquals("3m", SimDurations.age(3 * MIN));
        assertEquals("3m12s", SimDurations.age(192 * S + 900 * MS));
        assertEquals("2h5m", SimDurations.age(2 * H + 5 * MIN + 59 * S));
        assertEquals("2h", SimDurations.age(2 * H));
        assertEquals("0s", SimDurations.age(-5 * S));
    }

    @Test
    void briefCutsSmallUnitsAndRoundsSecondsToATenth() {
        assertEquals("250µs", SimDurations.brief(250_900));
        assertEquals("0s", SimDurations.brief(-1));
        assertEquals("0s", SimDurations.brief(0));
        assertEquals("0µs", SimDurations.brief(999));
        assertEquals("800ms", SimDurations.brief(800 * MS + 999 * US));
        assertEquals("1.5s", SimDurations.brief(1_460 * MS));
        assertEquals("12s", SimDurations.brief(12 * S + 20 * MS));
        assertEquals("60s", SimDurations.brief(59_990 * MS));
        assertEquals("2m", SimDurations.brief(2 * MIN));
        assertEquals("1m20s", SimDurations.brief(80 * S));
    }

    @Test
    void readableDurationsUseTheUnitThatSuitsThem() {
        assertEquals("800 ms", SimDurations.readable(800 * MS));
        assertEquals("2.4 s", SimDurations.readable(2_400 * MS));
        assertEquals("3 s", SimDurations.readable(3 * S));
        assertEquals("95 s", SimDurations.readable(95 * S));
        assertEquals("3.5 min", SimDurations.readable(210 * S));
        assertEquals("20 µs", SimDurations.readable(20_000));
        assertEquals("0 ns", SimDurations.readable(0));
        assertEquals("2.5 h", SimDurations.readable(150 * MIN));
        assertEquals("-2.4 s", SimDurations.readable(-2_400 * MS));
    }

    @Test
    void readableKeepsOneDecimalBelowTenAndNoneAbove() {
        assertEquals(Unit.S, SimDurations.readableUnit(119 * S));
        assertEquals(Unit.MIN, SimDurations.readableUnit(120 * S));
        assertEquals("9.9", SimDurations.readableNumber(9_940 * MS, Unit.S));
        assertEquals("10", SimDurations.readableNumber(9_950 * MS, Unit.S));
        assertEquals("0.1", SimDurations.readableNumber(55, Unit.US));
        assertEquals("3", SimDurations.decimal(2.9999, 2));
        assertEquals("0", SimDurations.decimal(-0.001, 2));
    }

    @Test
    void axisStepsAreRoundAndTickLabelsUseTheStepsUnit() {
        assertEquals(30 * S, SimDurations.axisStep(240 * S, 10));
        assertEquals("90 s", SimDurations.axisLabel(90 * S, 30 * S));
        assertEquals("2 min", SimDurations.axisLabel(120 * S, 60 * S));
        assertEquals("1.5 s", SimDurations.axisLabel(1_500 * MS, 500 * MS));
        assertEquals(200 * MS, SimDurations.axisStep(1 * S, 5));
        assertEquals(2 * 24 * H, SimDurations.axisStep(20 * 24 * H, 10), "past a day, whole days");
    }

    @Test
    void readoutsKeepTheirUnitAndThreeSignificantDigits() {
        assertEquals("3.20 ms", SimDurations.readout(3_200_000));
        assertEquals("0.25 ms", SimDurations.readout(250_000, 5 * MS));
        assertEquals("0 min 42 s", SimDurations.readout(42_100 * MS, 10 * MIN));
        assertEquals("120 min 00 s", SimDurations.readout(2 * H));
        assertEquals("120 min 00 s", SimDurations.readout(2 * H, Unit.H), "a readout counts minutes, not hours");
        assertEquals("-3.20 ms", SimDurations.readout(-3_200_000));
        assertEquals(Unit.MIN, SimDurations.readoutUnit(24 * H));
    }

    @Test
    void unitsKnowTheirSymbolsForPeopleAndForScenarios() {
        assertEquals("µs", Unit.US.symbol());
        assertEquals("us", Unit.US.code());
        assertEquals("min", Unit.MIN.symbol());
        assertEquals("m", Unit.MIN.code());
        assertEquals("min", Unit.MIN.key());
        assertEquals(60 * S, Unit.MIN.nanos());
    }
}
