package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.timeline.Timeline;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.MState;
import dev.podium.world.goruntime.event.MStateChanged;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.RunQueue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-P busy time behind the utilisation strips, and the moves the scheduler view animates. */
class UtilisationTest {
    @Test
    void aPIsBusyWhileAnMRunsAGoroutineOnIt() {
        Timeline t = new Timeline();
        t.append(new MStateChanged(0, 0, MState.SPINNING, 0, 0)); // spinning is not busy
        t.append(new MStateChanged(100, 0, MState.RUNNING, 0, 7));
        t.append(new MStateChanged(300, 0, MState.IDLE, -1, 0));
        t.append(new MStateChanged(300, 1, MState.RUNNING, 1, 8));
        t.append(new MStateChanged(400, 0, MState.RUNNING, 0, 9)); // M0 comes back to P0
        t.append(new MStateChanged(500, 0, MState.RUNNING, 1, 9)); // and moves to P1 (M1 still there)
        Utilisation u = new Utilisation(t);
        u.readTo(3);
        assertEquals(0.5, u.busyFraction(0, 0, 400), 1e-9, "busy 100-300 of 0-400 (events so far)");
        u.readTo(t.size());
        assertEquals(0.0, u.busyFraction(0, 0, 100), 1e-9);
        assertEquals(1.0, u.busyFraction(0, 100, 300), 1e-9);
        assertEquals(0.5, u.busyFraction(0, 200, 400), 1e-9);
        assertEquals(0.5, u.busyFraction(0, 400, 600), 1e-9, "P0 busy again 400-500");
        assertEquals(1.0, u.busyFraction(1, 300, 1000), 1e-9, "P1 busy from 300 on");
        assertEquals(0.0, u.busyFraction(2, 0, 1000), 1e-9, "a P never used");
    }

    @Test
    void movesAreFunctionsOfSimulatedTime() {
        Moves.Move steal = Moves.of(new GoroutinesStolen(1_000, 0, 2, 3, false));
        assertEquals(Moves.Place.RING, steal.from());
        assertEquals(0, steal.fromP());
        assertEquals(2, steal.toP());
        assertEquals("×3", steal.label());
        assertEquals(0.0, steal.progress(1_000), 1e-9);
        assertEquals(0.5, steal.progress(1_000 + Moves.FLIGHT_NANOS / 2), 1e-9);
        assertEquals(1.0, steal.progress(1_000 + Moves.FLIGHT_NANOS * 5), 1e-9);
        assertEquals(Moves.Place.GLOBAL, Moves.of(new GoroutineQueued(5, 9, 1, RunQueue.GLOBAL)).to());
        assertEquals("M4", Moves.of(new PHandedOff(5, 1, 0, 4)).label());

        Timeline t = new Timeline();
        t.append(new GoroutinesStolen(1_000, 0, 2, 3, false));
        t.append(new PHandedOff(1_000 + Moves.FLIGHT_NANOS / 2, 1, 0, 4));
        assertEquals(2, Moves.inFlight(t, 2, 1_000 + Moves.FLIGHT_NANOS / 2).size(), "both on their way");
        assertEquals(List.of("M4"), Moves.inFlight(t, 2, 1_000 + Moves.FLIGHT_NANOS).stream()
                .map(Moves.Move::label).toList(), "the steal has landed");
    }
}
