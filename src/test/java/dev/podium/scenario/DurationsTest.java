package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations parse units, decimals and compounds, format to the shortest exact text and refuse the rest. */
class DurationsTest {

    @ParameterizedTest(name = "{0} is {1} ns")
    @CsvSource({
        "250ns, 250",
        "1us, 1000",
        "1µs, 1000",
        "1μs, 1000",
        "1.5us, 1500",
        "20ms, 20000000",
        "1.5s, 1500000000",
        "0.25s, 250000000",
        "0s, 0",
        "2m, 120000000000",
        "1m30s, 90000000000",
        "1h2m3.5s, 3723500000000",
        "24h, 86400000000000",
        "' 10s ', 10000000000",
        "9223372036854775807ns, 9223372036854775807",
    })
    void parsesUnitsDecimalsAndCompounds(String text, long nanos) {
        assertEquals(nanos, Durations.parseNanos(text));
    }

    @ParameterizedTest(name = "{0} formats as {1}")
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
        "123456789, 123456789ns",
    })
    void formatsTheShortestExactForm(long nanos, String text) {
        assertEquals(text, Durations.format(nanos));
    }

    @ParameterizedTest(name = "{0} round-trips")
    @ValueSource(longs = {1, 999, 1001, 60_000_000_001L, 61_000_000_000L, 3_599_999_999_999L, 86_400_000_000_000L,
        Long.MAX_VALUE})
    void formatThenParseGivesBackTheSameNanos(long nanos) {
        assertEquals(nanos, Durations.parseNanos(Durations.format(nanos)));
    }

    @Test
    void negativeNanosFormatWithASign() {
        assertEquals("-1.5s", Durations.format(-1_500_000_000L));
    }

    @ParameterizedTest(name = "''{0}'' is refused with ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "10        | has no unit after 10; expected a number with a unit (ns, us, ms, s, m or h)",
        "0         | has no unit",
        "-1s       | is negative",
        "10d       | unknown unit 'd'",
        "1.5ns     | not a whole number of nanoseconds",
        "1m 30s    | unknown unit 'm '",
        "s         | is not a duration",
        "1..5s     | is not a duration",
        "+1s       | is not a duration",
        "3000000h  | is too long",
        "''        | empty duration",
    })
    void refusesWhatIsNotADurationSayingWhatWasExpected(String text, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parseNanos(text));
        assertTrue(e.getMessage().contains(fragment), e::getMessage);
    }
}
