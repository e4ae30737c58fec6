package dev.podium.cli;

import dev.podium.scenario.Durations;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.queue.QueueEvent;
import dev.podium.world.queue.QueueProjection;
import dev.podium.world.queue.QueueState;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The summary the CLI prints for a run or a recording: events by type, then each world's end state. */
final class RunSummary {
    private final List<WorldEvent> events;
    private final long endNanos;

    RunSummary(List<WorldEvent> events, long endNanos) {
        this.events = events;
        this.endNanos = endNanos;
    }

    void print(PrintWriter out) {
        out.println("until:    " + readable(endNanos) + " of sim time");
        out.println("events:   " + events.size());
        Map<String, Integer> byType = new TreeMap<>();
        boolean queue = false;
        for (WorldEvent e : events) {
            byType.merge(e.type(), 1, Integer::sum);
            queue |= e instanceof QueueEvent;
        }
        int width = byType.keySet().stream().mapToInt(String::length).max().orElse(0);
        byType.forEach((type, count) -> out.printf("  %-" + width + "s %9d%n", type, count));
        if (queue) {
            printQueue(out);
        }
        out.flush();
    }

    private void printQueue(PrintWriter out) {
        QueueProjection projection = new QueueProjection();
        QueueState s = projection.initial();
        for (WorldEvent e : events) {
            projection.apply(s, e);
        }
        out.println("queue at the end:");
        out.printf("  servers %d, waiting %d, in service %d%n", s.servers(), s.waitingCount(), s.busyCount());
        out.printf("  arrived %d, served %d, turned away %d, longest line %d%n", s.arrivedCount(), s.servedCount(),
                s.rejectedCount(), s.maxWaiting());
        out.printf("  mean wait %s, mean time in system %s%n", readable(s.meanWaitNanos()),
                readable(s.meanSojournNanos()));
    }

    /** A duration rounded to three or four significant figures, in the scenario format's units. */
    static String readable(long nanos) {
        long step;
        if (nanos >= 60_000_000_000L) {
            step = 100_000_000L; // 0.1 s
        } else if (nanos >= 1_000_000_000L) {
            step = 1_000_000L; // 1 ms
        } else if (nanos >= 1_000_000L) {
            step = 1_000L; // 1 µs
        } else {
            step = 1L;
        }
        return Durations.format(Math.round((double) nanos / step) * step);
    }
}
