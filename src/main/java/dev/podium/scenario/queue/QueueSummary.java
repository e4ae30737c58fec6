package dev.podium.scenario.queue;

import dev.podium.scenario.Durations;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.queue.QueueProjection;
import dev.podium.world.queue.QueueState;
import java.io.PrintWriter;
import java.util.List;

/** What {@code podium run} and {@code replay} print of the queue world: its state after the last event. */
final class QueueSummary {
    private QueueSummary() {
    }

    static void print(List<WorldEvent> events, PrintWriter out) {
        QueueProjection projection = new QueueProjection();
        QueueState s = projection.initial();
        for (WorldEvent e : events) {
            projection.apply(s, e);
        }
        out.println("queue at the end:");
        out.printf("  servers %d, waiting %d, in service %d%n", s.servers(), s.waitingCount(), s.busyCount());
        out.printf("  arrived %d, served %d, turned away %d, longest line %d%n", s.arrivedCount(), s.servedCount(),
                s.rejectedCount(), s.maxWaiting());
        out.printf("  mean wait %s, mean time in system %s%n", Durations.readable(s.meanWaitNanos()),
                Durations.readable(s.meanSojournNanos()));
    }
}
