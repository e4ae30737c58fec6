package dev.podium.scenario.stall;

import dev.podium.engine.Kernel;
import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldBinding;
import dev.podium.scenario.WorldLinks;
import dev.podium.timeline.EventSink;
import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.node.ContainerBehaviour;
import dev.podium.world.kube.node.ProbeKind;
import dev.podium.world.kube.node.ProbeOutcome;
import dev.podium.world.kube.node.RunningContainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A throwaway world that acts on the Kubernetes world through the seam the Kubernetes world owns: between
 * {@code from} and {@code until} the process in containers named {@code container} stops answering (a stand-in for
 * a long stop-the-world GC pause). Only its scenario side names Kubernetes' interface; the worlds never import each
 * other. It emits no events of its own.
 */
public final class StallWorld implements World {
    static final Arg<Long> FROM = Arg.duration("from", 0, 86_400_000_000_000L, 0);
    static final Arg<Long> UNTIL = Arg.duration("until", 0, 86_400_000_000_000L, 0);
    static final Arg<String> CONTAINER = Arg.text("container", "app");

    @Override
    public String name() {
        return "stall";
    }

    @Override
    public List<Class<? extends WorldEvent>> eventTypes() {
        return List.of();
    }

    @Override
    public Projection<?> projection() {
        return new Projection<Object>() {
            @Override
            public Object initial() {
                return new Object();
            }

            @Override
            public void apply(Object state, WorldEvent event) {
            }

            @Override
            public Object copy(Object state) {
                return state;
            }
        };
    }

    @Override
    public List<Arg<?>> params() {
        return List.of(FROM, UNTIL, CONTAINER);
    }

    @Override
    public List<Verb<?>> verbs() {
        return List.of();
    }

    @Override
    public WorldBinding bind(Scenario scenario, Path scenarioDir) {
        Params params = scenario.params(name());
        return new WorldBinding() {
            private ContainerBehaviour behaviour;

            @Override
            public void start(Kernel kernel, EventSink sink) throws dev.podium.scenario.ScenarioException {
                long from = FROM.read(params);
                long until = UNTIL.read(params);
                String container = CONTAINER.read(params);
                behaviour = (RunningContainer c, ProbeKind kind, long timeNanos) ->
                        c.name().equals(container) && timeNanos >= from && timeNanos < until
                                ? ProbeOutcome.noAnswer() : ProbeOutcome.pass();
            }

            @Override
            public void apply(TimedAction action) {
            }

            @Override
            public void offer(WorldLinks links) {
                links.offer(ContainerBehaviour.class, behaviour);
            }
        };
    }

    @Override
    public void summarize(List<WorldEvent> events, PrintWriter out) {
    }
}
