package dev.podium.cli;

import dev.podium.scenario.Durations;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.WorldEvent;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary the CLI prints for a run or a recording: events by type, then the end state of each world the
 * events belong to, as that world's descriptor prints it ({@link World#summarize}).
 */
final class RunSummary {
    private final List<WorldEvent> events;
    private final long endNanos;
    private final WorldRegistry registry;

    RunSummary(List<WorldEvent> events, long endNanos) {
        this(events, endNanos, WorldRegistry.standard());
    }

    RunSummary(List<WorldEvent> events, long endNanos, WorldRegistry registry) {
        this.events = events;
        this.endNanos = endNanos;
        this.registry = registry;
    }

    void print(PrintWriter out) {
        out.println("until:    " + Durations.readable(endNanos) + " of sim time");
        out.println("events:   " + events.size());
        Map<String, Integer> byType = new TreeMap<>();
        for (WorldEvent e : events) {
            byType.merge(e.type(), 1, Integer::sum);
        }
        int width = byType.keySet().stream().mapToInt(String::length).max().orElse(0);
        byType.forEach((type, count) -> out.printf("  %-" + width + "s %9d%n", type, count));
        for (String name : registry.worldsOf(events)) {
            registry.get(name).summarize(events, out);
        }
        out.flush();
    }
}
