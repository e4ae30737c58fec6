package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.podium.scenario.TimedAction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueActionsTest {
    @Test
    void arrivalRateBecomesASetArrivalRateInputAtThePlayhead() {
        TimedAction a = QueueActions.arrivalRate(5_000, 1.5);
        assertEquals(5_000, a.atNanos());
        assertEquals("setArrivalRate", a.verb());
        assertEquals(Map.of("arrivalsPerSecond", "1.5"), a.args().asStrings());
        assertEquals("<user>", a.where().file());
    }

    @Test
    void serversAndBurstCarryTheirCounts() {
        assertEquals(Map.of("servers", "3"), QueueActions.servers(0, 3).args().asStrings());
        assertEquals(Map.of("count", "10"), QueueActions.burst(0).args().asStrings());
        assertEquals("burst", QueueActions.burst(0).verb());
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertEquals("2", QueueActions.plain(2.0));
        assertEquals("0.05", QueueActions.plain(0.05));
        assertEquals("1000", QueueActions.plain(1000));
    }

    @Test
    void nonsenseValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QueueActions.arrivalRate(0, 0));
        assertThrows(IllegalArgumentException.class, () -> QueueActions.servers(0, 0));
    }
}
