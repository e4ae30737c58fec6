package dev.podium.scenario.coin;

import dev.podium.engine.Kernel;
import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldBinding;
import dev.podium.timeline.EventSink;
import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.coin.CoinFlipped;
import dev.podium.world.coin.CoinModel;
import dev.podium.world.coin.CoinProjection;
import dev.podium.world.coin.CoinState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A throwaway world that proves the plug-in seam: it lives in its own packages (world.coin, scenario.coin,
 * ui.coin) and is registered by one line per side, in test resources under {@code throwaway-world/}.
 */
public final class CoinWorld implements World {
    static final Arg<Long> PERIOD = Arg.duration("period", 1_000_000L, 3_600_000_000_000L, 1_000_000_000L);
    static final Arg<Integer> HEADS_PERCENT = Arg.integer("headsPercent", 0, 100, 50);
    static final Verb<CoinModel> SET_BIAS = Verb.of("setBias", List.of(HEADS_PERCENT.required()),
            (model, target, args) -> model.setHeadsPercent(HEADS_PERCENT.read(args)));

    @Override
    public String name() {
        return "coin";
    }

    @Override
    public List<Class<? extends WorldEvent>> eventTypes() {
        return List.of(CoinFlipped.class);
    }

    @Override
    public Projection<?> projection() {
        return new CoinProjection();
    }

    @Override
    public List<Arg<?>> params() {
        return List.of(PERIOD, HEADS_PERCENT);
    }

    @Override
    public List<Verb<?>> verbs() {
        return List.of(SET_BIAS);
    }

    @Override
    public WorldBinding bind(Scenario scenario, Path scenarioDir) {
        Params params = scenario.params(name());
        return new WorldBinding() {
            private CoinModel model;

            @Override
            public void start(Kernel kernel, EventSink sink) throws ScenarioException {
                model = new CoinModel(kernel, sink, PERIOD.read(params), HEADS_PERCENT.read(params));
                model.start();
            }

            @Override
            public void apply(TimedAction action) throws ScenarioException {
                SET_BIAS.apply(model, action);
            }
        };
    }

    @Override
    public void summarize(List<WorldEvent> events, PrintWriter out) {
        CoinProjection projection = new CoinProjection();
        CoinState state = projection.initial();
        events.forEach(e -> projection.apply(state, e));
        out.printf("coin at the end: %d heads, %d tails%n", state.heads(), state.tails());
    }
}
