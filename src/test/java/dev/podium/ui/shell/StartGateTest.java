package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StartGateTest {
    private static final long PULSE = 16_000_000L;

    @Test
    void opensOnTheSecondPulseWhenNothingIsStarting() {
        StartGate gate = new StartGate(() -> false);
        assertFalse(gate.pulse(0), "the first pulse comes before the first painted frame");
        assertFalse(gate.pastFirstFrame());
        assertTrue(gate.pulse(PULSE));
        assertTrue(gate.pastFirstFrame());
    }

    @Test
    void waitsWhileALiveSessionStartsThenOpens() {
        AtomicBoolean starting = new AtomicBoolean(true);
        StartGate gate = new StartGate(starting::get);
        gate.pulse(0);
        for (int i = 1; i <= 100; i++) {
            assertFalse(gate.pulse(i * PULSE), "held at pulse " + i);
        }
        assertTrue(gate.pastFirstFrame(), "the first frame is painted even while held");
        starting.set(false);
        assertTrue(gate.pulse(101 * PULSE));
    }

    @Test
    void aSessionThatNeverSettlesHoldsTheGateOnlySoLong() {
        StartGate gate = new StartGate(() -> true);
        gate.pulse(0);
        long heldAt = PULSE;
        assertFalse(gate.pulse(heldAt));
        assertFalse(gate.pulse(heldAt + StartGate.MAX_HOLD_NANOS - 1));
        assertTrue(gate.pulse(heldAt + StartGate.MAX_HOLD_NANOS));
    }
}
