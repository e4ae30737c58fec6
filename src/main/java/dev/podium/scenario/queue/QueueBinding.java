package dev.podium.scenario.queue;

import dev.podium.engine.Kernel;
import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.WorldBinding;
import dev.podium.timeline.EventSink;
import dev.podium.world.queue.Distribution;
import dev.podium.world.queue.QueueModel;
import dev.podium.world.queue.QueueParams;
import java.util.Locale;

/** The queue world in one run: a {@link QueueModel} built from the world's params, and its verbs applied to it. */
final class QueueBinding implements WorldBinding {
    private final Params params;
    private QueueModel model;

    QueueBinding(Params params) {
        this.params = params;
    }

    /** Reads and checks the params; errors name the param's place in the file. */
    static QueueParams readParams(Params p) throws ScenarioException {
        p.rejectUnknown(QueueWorld.PARAMS.stream().map(a -> a.name()).toArray(String[]::new));
        double rate = QueueVerbs.ARRIVALS_PER_SECOND.read(p);
        long service = QueueVerbs.MEAN_SERVICE_TIME.read(p);
        int servers = QueueVerbs.SERVERS.read(p);
        Distribution arrivals = distribution(QueueWorld.ARRIVALS.read(p));
        Distribution serviceKind = distribution(QueueWorld.SERVICE.read(p));
        int capacity = QueueWorld.CAPACITY.read(p);
        return new QueueParams(QueueParams.interarrivalForRate(rate), service, servers, arrivals, serviceKind,
                capacity);
    }

    @Override
    public void start(Kernel kernel, EventSink sink) throws ScenarioException {
        model = new QueueModel(kernel, sink, readParams(params));
        model.start();
    }

    @Override
    public void apply(TimedAction action) throws ScenarioException {
        for (Verb<QueueModel> verb : QueueVerbs.ALL) {
            if (verb.name().equals(action.verb())) {
                verb.apply(model, action);
                return;
            }
        }
        throw new IllegalStateException("not a queue verb: " + action.verb());
    }

    private static Distribution distribution(String name) {
        return Distribution.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
