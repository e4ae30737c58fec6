package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kubernetes quantities become millicores and bytes as the API server reads them. */
class QuantitiesTest {

    @ParameterizedTest(name = "cpu {0} is {1}m")
    @CsvSource({
        "500m, 500", "0.5, 500", "2, 2000", "1.5, 1500", "100m, 100", "0, 0", "0.1, 100", "1e3, 1000000",
        "2k, 2000000", "0.0001, 1", "1500u, 2", "250000000n, 250", "+1, 1000", ".5, 500", "3E-3, 3"})
    void cpuIsReadInMillicoresRoundingUp(String text, long milli) {
        assertEquals(milli, Quantities.milliCpu(text));
    }

    @ParameterizedTest(name = "memory {0} is {1} bytes")
    @CsvSource({
        "128Mi, 134217728", "1Gi, 1073741824", "1G, 1000000000", "500M, 500000000", "1e3, 1000",
        "1048576, 1048576", "64Ki, 65536", "1k, 1000", "1.5Gi, 1610612736", "2Ti, 2199023255552",
        "1Pi, 1125899906842624", "1Ei, 1152921504606846976", "1E, 1000000000000000000", "500m, 1",
        "0.5Ki, 512", "12e6, 12000000", "1T, 1000000000000", "3P, 3000000000000000", "0, 0"})
    void memoryIsReadInBytesRoundingUp(String text, long bytes) {
        assertEquals(bytes, Quantities.units(text));
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"", "abc", "1 Gi", "1gi", "1K", "1MB", "Mi", "1.2.3", "1e", "--1", "1Gi5", "0x10", "1,5",
        "1e31", "1e-99999999999"})
    void malformedQuantityIsRefusedWithTheExpectedForm(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantities.units(text));
        assertTrue(e.getMessage().contains("is not a quantity") || e.getMessage().contains("exponent out of range"),
                e.getMessage());
    }

    @ParameterizedTest(name = "''{0}'' is refused as negative")
    @ValueSource(strings = {"-1", "-500m", "-1Gi"})
    void negativeQuantityIsRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantities.milliCpu(text));
        assertTrue(e.getMessage().contains("is negative"), e.getMessage());
    }

    @ParameterizedTest(name = "''{0}'' is too large")
    @ValueSource(strings = {"8Ei", "10E", "9223372036854775808", "1e30"})
    void quantityPastALongIsRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantities.units(text));
        assertTrue(e.getMessage().contains("is too large"), e.getMessage());
    }

    @ParameterizedTest(name = "cpu ''{0}'' overflows in millicores")
    @ValueSource(strings = {"9223372036854775807", "10E"})
    void cpuThatOverflowsInMillicoresIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Quantities.milliCpu(text));
    }
}
