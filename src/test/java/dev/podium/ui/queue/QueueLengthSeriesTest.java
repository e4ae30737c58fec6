package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.timeline.Narrated;
import dev.podium.world.queue.CustomerArrived;
import dev.podium.world.queue.ServiceStarted;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueLengthSeriesTest {

    @Test
    void lengthFollowsArrivalsAndServiceStarts() {
        QueueLengthSeries s = new QueueLengthSeries();
        s.accept(new CustomerArrived(10, 1, 1));
        s.accept(new CustomerArrived(20, 2, 2));
        s.accept(new ServiceStarted(30, 1, 0, 20, 100));
        assertEquals(0, s.lengthAt(9));
        assertEquals(1, s.lengthAt(10));
        assertEquals(2, s.lengthAt(25));
        assertEquals(1, s.lengthAt(30));
        assertEquals(1, s.lengthAt(1_000));
    }

    @Test
    void customerServedAtTheInstantItArrivesLeavesNoSpike() {
        QueueLengthSeries s = new QueueLengthSeries();
        s.accept(new CustomerArrived(10, 1, 1));
        s.accept(new ServiceStarted(10, 1, 0, 0, 100));
        assertEquals(0, s.lengthAt(10));
        assertArrayEquals(new int[] {0, 0}, s.maxPerColumn(0, 20, 2));
    }

    @Test
    void columnShowsAPeakReachedInsideIt() {
        QueueLengthSeries s = new QueueLengthSeries();
        s.accept(new CustomerArrived(10, 1, 1));
        s.accept(new CustomerArrived(12, 2, 2));
        s.accept(new CustomerArrived(13, 3, 3));
        s.accept(new ServiceStarted(14, 1, 0, 4, 100));
        s.accept(new ServiceStarted(15, 2, 0, 3, 100));
        // columns of 10 ns: [0,10) [10,20) [20,30]
        assertArrayEquals(new int[] {0, 3, 1}, s.maxPerColumn(0, 30, 3));
    }

    @Test
    void meanWaitSoFarAveragesTheWaitsOfStartedCustomers() {
        QueueLengthSeries s = new QueueLengthSeries();
        s.accept(new CustomerArrived(0, 1, 1));
        s.accept(new ServiceStarted(10, 1, 0, 10, 5));
        s.accept(new CustomerArrived(11, 2, 1));
        s.accept(new ServiceStarted(41, 2, 0, 30, 5));
        assertEquals(0, s.meanWaitAt(5));
        assertEquals(10, s.meanWaitAt(10));
        assertEquals(20, s.meanWaitAt(41));
    }

    @Test
    void otherEventsAreIgnoredAndClearForgets() {
        QueueLengthSeries s = new QueueLengthSeries();
        s.accept(new Narrated(0, Map.of("en", "hello")));
        assertEquals(0, s.pointCount());
        s.accept(new CustomerArrived(1, 1, 1));
        s.clear();
        assertEquals(0, s.lengthAt(5));
        assertEquals(0, s.pointCount());
    }

    @Test
    void downsamplingAMillionPointsGivesTheRunsPeakInSomeColumn() {
        QueueLengthSeries s = new QueueLengthSeries();
        int length = 0;
        for (int i = 1; i <= 1_000_000; i++) {
            if (i == 777_777) {
                s.accept(new CustomerArrived(i * 10L, i, 5_000));
                length = 5_000;
            } else if (length > 0) {
                s.accept(new ServiceStarted(i * 10L, i, 0, 0, 1));
                length--;
            } else {
                s.accept(new CustomerArrived(i * 10L, i, 1));
                length = 1;
            }
        }
        int[] columns = s.maxPerColumn(0, 10_000_010, 1_000);
        int peak = 0;
        for (int c : columns) {
            peak = Math.max(peak, c);
        }
        assertEquals(5_000, peak);
        assertEquals(5_000, columns[777]);
    }
}
