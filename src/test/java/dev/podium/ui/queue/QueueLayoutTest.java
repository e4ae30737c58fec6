package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.queue.QueueLayout.Box;
import dev.podium.ui.queue.QueueLayout.Point;
import org.junit.jupiter.api.Test;

class QueueLayoutTest {

    @Test
    void headIsNearestTheServersAndTheLineGrowsLeft() {
        QueueLayout layout = new QueueLayout(1600, 560, 1);
        Box server = layout.server(0);
        assertTrue(layout.slot(0).x() < server.x());
        assertTrue(layout.slot(1).x() < layout.slot(0).x());
        assertTrue(layout.entry().x() < layout.slot(layout.maxShown() - 1).x() + 1);
    }

    @Test
    void longLinesSnakeSoNeighbouringSlotsStayClose() {
        QueueLayout layout = new QueueLayout(900, 560, 1);
        assertEquals(QueueLayout.MAX_SHOWN, layout.maxShown());
        for (int i = 0; i + 1 < layout.maxShown(); i++) {
            Point a = layout.slot(i);
            Point b = layout.slot(i + 1);
            double d = Math.hypot(a.x() - b.x(), a.y() - b.y());
            assertTrue(d < 4 * layout.radius(), "slots " + i + " and " + (i + 1) + " are " + d + " px apart");
        }
    }

    @Test
    void fractionalSlotLiesBetweenItsNeighbours() {
        QueueLayout layout = new QueueLayout(1600, 560, 1);
        Point half = layout.slot(2.5);
        assertEquals((layout.slot(2).x() + layout.slot(3).x()) / 2, half.x(), 1e-9);
    }

    @Test
    void serversStackWithoutOverlapAndFitTheStage() {
        QueueLayout layout = new QueueLayout(1600, 560, 6);
        for (int s = 0; s + 1 < 6; s++) {
            assertTrue(layout.server(s).y() + layout.server(s).h() <= layout.server(s + 1).y());
        }
        assertTrue(layout.server(0).y() >= 0);
        assertTrue(layout.server(5).y() + layout.server(5).h() <= 560);
        assertTrue(layout.server(5).contains(layout.seat(5).x(), layout.seat(5).y()));
    }

    @Test
    void shortStageShowsFewerWaitingCustomers() {
        QueueLayout layout = new QueueLayout(700, 130, 1);
        assertTrue(layout.maxShown() < QueueLayout.MAX_SHOWN);
        assertTrue(layout.maxShown() >= 1);
    }
}
