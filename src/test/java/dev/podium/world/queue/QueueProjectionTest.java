package dev.podium.world.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.engine.Kernel;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import org.junit.jupiter.api.Test;

class QueueProjectionTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void projectedStateAgreesWithTheModelsOwnCountsAtEveryEvent() {
        Kernel kernel = new Kernel(9);
        Timeline timeline = new Timeline();
        int[] waiting = {0};
        int[] busy = {0};
        timeline.addListener((i, e) -> {
            if (e instanceof CustomerArrived) {
                waiting[0]++;
            } else if (e instanceof ServiceStarted) {
                waiting[0]--;
                busy[0]++;
            } else if (e instanceof ServiceCompleted) {
                busy[0]--;
            }
        });
        QueueModel model = new QueueModel(kernel, timeline, new QueueParams(QueueParams.interarrivalForRate(1.8),
                SECOND, 2, Distribution.EXPONENTIAL, Distribution.EXPONENTIAL, 5));
        model.start();
        ProjectedState<QueueState> projected = new ProjectedState<>(timeline, new QueueProjection(), 64);
        int checked = 0;
        while (kernel.now() < 2_000 * SECOND && kernel.step()) {
            QueueState s = projected.afterEvents(timeline.size());
            assertEquals(waiting[0], s.waitingCount());
            assertEquals(busy[0], s.busyCount());
            checked++;
        }
        QueueState end = projected.afterEvents(timeline.size());
        assertEquals(end.arrivedCount(), end.servedCount() + end.rejectedCount() + end.waitingCount() + end.busyCount());
        assertEquals(true, end.rejectedCount() > 0, "capacity 5 at ρ=0.9 turns some customers away");
        assertEquals(true, checked > 5000);
    }

    @Test
    void removedServerFinishesItsCustomerAndTakesNoMore() {
        Kernel kernel = new Kernel(1);
        Timeline timeline = new Timeline();
        QueueModel model = new QueueModel(kernel, timeline, new QueueParams(SECOND / 10, 10 * SECOND, 3,
                Distribution.FIXED, Distribution.FIXED, 0));
        model.start();
        kernel.runUntil(SECOND / 2); // arrivals at 0.1 .. 0.5 s: three in service, two waiting
        ProjectedState<QueueState> projected = new ProjectedState<>(timeline, new QueueProjection());
        assertEquals(3, projected.afterEvents(timeline.size()).busyCount());
        model.setServers(1);
        kernel.runUntil(15 * SECOND);
        QueueState s = projected.afterEvents(timeline.size());
        assertEquals(1, s.busyCount(), "only one server works once the others finish");
        assertNull(s.atServer(1));
        assertNull(s.atServer(2));
        for (WorldEvent e : timeline.events()) {
            if (e instanceof ServiceStarted st && st.timeNanos() > SECOND / 2) {
                assertEquals(0, st.server(), "after the change only server 0 starts customers");
            }
        }
    }
}
