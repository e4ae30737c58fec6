package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.queue.QueueLayout.Point;
import org.junit.jupiter.api.Test;

class QueueMotionTest {
    private static final long S = 1_000_000_000L;
    private final QueueLayout layout = new QueueLayout(1600, 560, 2);
    private final QueueMotion motion = QueueMotion.forMeans(S, 1_111_111_111L);
    private final long[] noStarts = new long[0];

    @Test
    void spansScaleWithTheShorterMean() {
        assertEquals(300_000_000L, motion.slideNanos());
        QueueMotion micro = QueueMotion.forMeans(20_000, 50_000);
        assertEquals(6_000, micro.slideNanos());
        assertEquals(8_000, micro.exitNanos());
    }

    @Test
    void customerWhoArrivesAtTIsAtTheEntryThenInItsSlotAfterTheSlide() {
        long t = 10 * S;
        assertEquals(layout.entry(), motion.waitingPosition(layout, 3, t, noStarts, 0, t));
        Point halfway = motion.waitingPosition(layout, 3, t, noStarts, 0, t + motion.slideNanos() / 2);
        assertTrue(halfway.x() > layout.entry().x() && halfway.x() < layout.slot(3).x());
        assertEquals(layout.slot(3), motion.waitingPosition(layout, 3, t, noStarts, 0, t + motion.slideNanos()));
    }

    @Test
    void lineMovesUpOneSlotAfterAServiceStart() {
        long arrived = 0;
        long started = 5 * S;
        long[] starts = {started};
        assertEquals(layout.slot(2), motion.waitingPosition(layout, 1, arrived, starts, 1, started));
        assertEquals(layout.slot(1), motion.waitingPosition(layout, 1, arrived, starts, 1,
                started + motion.shiftNanos()));
        // A customer who arrived after that start never stood in the old slot.
        assertEquals(layout.slot(1), motion.waitingPosition(layout, 1, started + 1, starts, 1, started + 2 * S));
    }

    @Test
    void departureAtTLeavesFromTheDoorAndIsGoneAfterTheExitSpan() {
        long t = 7 * S;
        assertEquals(layout.door(1), motion.departingPosition(layout, 1, t, t));
        assertNotNull(motion.departingPosition(layout, 1, t, t + motion.exitNanos() - 1));
        assertNull(motion.departingPosition(layout, 1, t, t + motion.exitNanos()));
        assertNull(motion.departingPosition(layout, 1, t, t - 1), "not yet left");
    }

    @Test
    void rejectedCustomerBouncesAwayAndFades() {
        long t = 3 * S;
        QueueLayout small = new QueueLayout(1600, 560, 1, 5);
        Point start = motion.rejectedPosition(small, t, t);
        Point atTheRoom = motion.rejectedPosition(small, t, t + motion.rejectNanos() / 2);
        Point end = motion.rejectedPosition(small, t, t + motion.rejectNanos() - 1);
        assertEquals(small.entry(), start);
        double roomLeft = small.waitingArea().x();
        assertTrue(atTheRoom.x() < roomLeft && atTheRoom.x() > roomLeft - 2 * small.radius(), "bounces off the room");
        assertTrue(end.y() > start.y(), "drops away");
        assertTrue(motion.leavingAlpha(t, true, t + motion.rejectNanos() - 1) < 0.05);
        assertNull(motion.rejectedPosition(small, t, t + motion.rejectNanos()));
    }

    @Test
    void servedCustomerWalksFromTheHeadOfTheLineToItsSeat() {
        long t = 2 * S;
        assertEquals(layout.slot(0), motion.servingPosition(layout, 1, t, true, t));
        assertEquals(layout.seat(1), motion.servingPosition(layout, 1, t, true, t + motion.shiftNanos()));
        assertEquals(layout.entry(), motion.servingPosition(layout, 0, t, false, t), "never waited: from the entry");
    }
}
