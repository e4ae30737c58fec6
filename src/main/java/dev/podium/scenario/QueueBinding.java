package dev.podium.scenario;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.queue.Distribution;
import dev.podium.world.queue.QueueModel;
import dev.podium.world.queue.QueueParams;
import java.util.Locale;
import java.util.Set;

/** The queue world's params and verbs (documented in docs/scenario-format.md). */
final class QueueBinding implements WorldBinding {
    static final String WORLD = "queue";
    private static final Set<String> VERBS = Set.of("setArrivalRate", "setServers", "setServiceTime", "burst");
    private static final long MICROSECOND = 1_000L;
    private static final long HOUR = 3_600_000_000_000L;

    private final Params params;
    private QueueModel model;

    QueueBinding(Params params) {
        this.params = params;
    }

    /** Reads and checks the params; errors name the param's place in the file. */
    static QueueParams readParams(Params p) throws ScenarioException {
        p.rejectUnknown("arrivalsPerSecond", "meanServiceTime", "servers", "arrivals", "service", "capacity");
        double rate = p.number("arrivalsPerSecond", 0.5, 1e-6, 1e6);
        long service = p.durationNanos("meanServiceTime", 1_000_000_000L, MICROSECOND, HOUR);
        int servers = p.integer("servers", 1, 1, QueueParams.MAX_SERVERS);
        Distribution arrivals = distribution(p.choice("arrivals", "exponential", "exponential", "fixed"));
        Distribution serviceKind = distribution(p.choice("service", "exponential", "exponential", "fixed"));
        int capacity = p.has("capacity") ? p.integer("capacity", 0, 1, 100_000) : 0;
        return new QueueParams(QueueParams.interarrivalForRate(rate), service, servers, arrivals, serviceKind, capacity);
    }

    @Override
    public void start(Kernel kernel, EventSink sink) throws ScenarioException {
        model = new QueueModel(kernel, sink, readParams(params));
        model.start();
    }

    @Override
    public boolean handles(String verb) {
        return VERBS.contains(verb);
    }

    @Override
    public void apply(TimedAction action) throws ScenarioException {
        Params args = action.args();
        switch (action.verb()) {
            case "setArrivalRate" -> {
                args.rejectUnknown("arrivalsPerSecond");
                model.setMeanInterarrival(QueueParams.interarrivalForRate(args.number("arrivalsPerSecond", 0.5, 1e-6, 1e6)));
            }
            case "setServers" -> {
                args.rejectUnknown("servers");
                model.setServers(args.integer("servers", 1, 1, QueueParams.MAX_SERVERS));
            }
            case "setServiceTime" -> {
                args.rejectUnknown("meanServiceTime");
                model.setMeanService(args.durationNanos("meanServiceTime", 1_000_000_000L, MICROSECOND, HOUR));
            }
            case "burst" -> {
                args.rejectUnknown("count");
                model.burst(args.integer("count", 10, 1, 10_000));
            }
            default -> throw new IllegalStateException("not a queue verb: " + action.verb());
        }
    }

    private static Distribution distribution(String name) {
        return Distribution.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
