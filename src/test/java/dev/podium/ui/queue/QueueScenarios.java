package dev.podium.ui.queue;

import dev.podium.scenario.LocalizedText;
import dev.podium.scenario.Params;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Queue scenarios built in code for the view's tests and demo. */
final class QueueScenarios {
    static final long SECOND = 1_000_000_000L;

    private QueueScenarios() {
    }

    /** An M/M/c queue with λ arrivals per second and a mean service time in seconds, run for {@code seconds}. */
    static ScenarioRun run(double lambda, double meanServiceSeconds, int servers, long seconds, long seed,
            List<TimedAction> actions) throws ScenarioException {
        return run(lambda, meanServiceSeconds, servers, 0, seconds, seed, actions);
    }

    /** As above with a waiting room for {@code capacity} customers (0: unlimited). */
    static ScenarioRun run(double lambda, double meanServiceSeconds, int servers, int capacity, long seconds,
            long seed, List<TimedAction> actions) throws ScenarioException {
        Map<String, String> p = new TreeMap<>(Map.of("arrivalsPerSecond", Double.toString(lambda),
                "meanServiceTime", meanServiceSeconds + "s", "servers", Integer.toString(servers)));
        if (capacity > 0) {
            p.put("capacity", Integer.toString(capacity));
        }
        Params params = Params.of(p);
        Scenario scenario = new Scenario("test", "queue-test", LocalizedText.of("Queue", "排队"),
                LocalizedText.empty(), List.of("queue"), seed, seconds * SECOND, Map.of("queue", params), actions,
                Map.of());
        return ScenarioRun.start(scenario);
    }
}
