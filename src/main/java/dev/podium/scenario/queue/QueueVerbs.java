package dev.podium.scenario.queue;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Verb;
import dev.podium.world.queue.QueueModel;
import dev.podium.world.queue.QueueParams;
import java.util.List;

/**
 * The queue world's verbs (docs/scenario-format.md): {@code setArrivalRate}, {@code setServers},
 * {@code setServiceTime} and {@code burst}, each with one required argument. Each argument's range is stated once,
 * here, and shared with the parameter of the same name.
 */
final class QueueVerbs {
    static final long MICROSECOND_NANOS = 1_000L;
    static final long HOUR_NANOS = 3_600_000_000_000L;

    /** Arrivals per second: more than 0, at most a million. */
    static final Arg<Double> ARRIVALS_PER_SECOND = Arg.positive("arrivalsPerSecond", 1e6, 0.5);
    /** Servers: 1 to {@link QueueParams#MAX_SERVERS}. */
    static final Arg<Integer> SERVERS = Arg.integer("servers", 1, QueueParams.MAX_SERVERS, 1);
    /** Mean service time: 1 µs to 1 h. */
    static final Arg<Long> MEAN_SERVICE_TIME = Arg.duration("meanServiceTime", MICROSECOND_NANOS, HOUR_NANOS,
            1_000_000_000L);
    /** Customers who arrive at once in a burst. */
    static final Arg<Integer> BURST_COUNT = Arg.integer("count", 1, 10_000, 10);

    static final List<Verb<QueueModel>> ALL = List.of(
            Verb.of("setArrivalRate", List.of(ARRIVALS_PER_SECOND.required()), (model, target, args) ->
                    model.setMeanInterarrival(QueueParams.interarrivalForRate(ARRIVALS_PER_SECOND.read(args)))),
            Verb.of("setServers", List.of(SERVERS.required()), (model, target, args) ->
                    model.setServers(SERVERS.read(args))),
            Verb.of("setServiceTime", List.of(MEAN_SERVICE_TIME.required()), (model, target, args) ->
                    model.setMeanService(MEAN_SERVICE_TIME.read(args))),
            Verb.of("burst", List.of(BURST_COUNT.required()), (model, target, args) ->
                    model.burst(BURST_COUNT.read(args))));

    private QueueVerbs() {
    }
}
