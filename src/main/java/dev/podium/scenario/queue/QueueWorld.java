package dev.podium.scenario.queue;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.Verb;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldBinding;
import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.queue.QueueEvent;
import dev.podium.world.queue.QueueProjection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The queue world's descriptor: customers arrive, wait and are served (M/M/c and its relatives). The reference
 * world for {@code docs/adding-a-world.md}. Registered in {@code META-INF/services/dev.podium.scenario.World}.
 */
public final class QueueWorld implements World {
    public static final String NAME = "queue";

    static final Arg<String> ARRIVALS = Arg.choice("arrivals", "exponential", "exponential", "fixed");
    static final Arg<String> SERVICE = Arg.choice("service", "exponential", "exponential", "fixed");
    /** Most customers in the system; 0 (absent) is unlimited. */
    static final Arg<Integer> CAPACITY = Arg.integer("capacity", 1, 100_000, 0);

    static final List<Arg<?>> PARAMS = List.of(QueueVerbs.ARRIVALS_PER_SECOND, QueueVerbs.MEAN_SERVICE_TIME,
            QueueVerbs.SERVERS, ARRIVALS, SERVICE, CAPACITY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Class<? extends WorldEvent>> eventTypes() {
        return QueueEvent.types();
    }

    @Override
    public boolean owns(WorldEvent event) {
        return event instanceof QueueEvent;
    }

    @Override
    public Projection<?> projection() {
        return new QueueProjection();
    }

    @Override
    public List<Arg<?>> params() {
        return PARAMS;
    }

    @Override
    public List<Verb<?>> verbs() {
        return List.copyOf(QueueVerbs.ALL);
    }

    @Override
    public WorldBinding bind(Scenario scenario, Path scenarioDir) {
        return new QueueBinding(scenario.params(NAME));
    }

    @Override
    public void summarize(List<WorldEvent> events, PrintWriter out) {
        QueueSummary.print(events, out);
    }
}
