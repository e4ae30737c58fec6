package dev.podium.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlayheadClockTest {
    private static final long FRAME = 16_666_667L; // one 60 Hz frame of wall time

    @Test
    void playingAdvancesByWallDeltaTimesSpeed() {
        PlayheadClock clock = new PlayheadClock();
        clock.setLimit(60_000_000_000L);
        clock.setSpeed(10);
        clock.play();
        clock.advance(FRAME);
        assertEquals(166_666_670L, clock.playheadNanos());
    }

    @Test
    void slowSpeedsCarryFractionsSoTimeStillMoves() {
        PlayheadClock clock = new PlayheadClock();
        clock.setLimit(1_000_000);
        clock.setSpeed(1e-9); // one simulated nanosecond per wall second
        clock.play();
        for (int i = 0; i < 120; i++) {
            clock.advance(FRAME);
        }
        assertEquals(2, clock.playheadNanos());
    }

    @Test
    void pausedClockDoesNotMoveAndReachingTheLimitPauses() {
        PlayheadClock clock = new PlayheadClock();
        clock.setLimit(100);
        clock.advance(FRAME);
        assertEquals(0, clock.playheadNanos());
        clock.play();
        clock.advance(FRAME);
        assertEquals(100, clock.playheadNanos());
        assertFalse(clock.isPlaying());
        clock.play(); // at the end, play starts over as media players do
        assertTrue(clock.isPlaying());
        assertEquals(0, clock.playheadNanos());
    }

    @Test
    void seekClampsAndSpeedIsBounded() {
        PlayheadClock clock = new PlayheadClock();
        clock.setLimit(1000);
        clock.seek(5000);
        assertEquals(1000, clock.playheadNanos());
        clock.seek(-5);
        assertEquals(0, clock.playheadNanos());
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(1e4));
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(0));
    }
}
