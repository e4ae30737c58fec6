package dev.podium.ui.shell;

import dev.podium.scenario.LocalizedText;
import dev.podium.scenario.Params;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.TimedAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the shell gets scenarios: the built-in gallery and files the user opens. The one place the
 * UI calls the scenario loader, so the shell does not care how scenarios are read.
 *
 * <p>TODO switch to BuiltInScenarios/ScenarioLoader at merge: {@link #builtIns()} becomes
 * {@code BuiltInScenarios.loadAll()} and {@link #open(Path)} becomes {@code ScenarioLoader.load(path)}.
 * Until then the gallery holds one scenario built in code and opening a file reports a problem.
 */
public class ScenarioSource {
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final String BUILT_IN = "queueing-basics.yaml";

    /** The built-in scenarios, in gallery order; the first is the default. */
    public List<Scenario> builtIns() {
        return List.of(queueingBasics());
    }

    /** Reads a scenario file; problems name file:line:column. */
    public Scenario open(Path path) throws ScenarioException {
        String name = path.toString();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw problem(name, "cannot read the file");
        }
        throw problem(name, "opening scenario files needs the scenario loader, which is not in this build yet");
    }

    private static ScenarioException problem(String file, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(new SourceLocation(file, 1, 1), message)));
    }

    private static Scenario queueingBasics() {
        List<TimedAction> actions = List.of(
                say(0, "Customers arrive at random, about 0.9 a second; one server takes about a second each.",
                        "顾客随机到达，平均每秒 0.9 位；一名服务员平均每位服务一秒。"),
                rate(2 * MINUTE, "1.2", "Now 1.2 customers a second arrive: more than the server can handle.",
                        "现在每秒到达 1.2 位顾客，超过了服务员的处理能力。"),
                say(3 * MINUTE, "Watch the line: it grows and does not come back down.",
                        "注意队伍：它越来越长，不会自己变短。"),
                rate(5 * MINUTE, "0.5", "Arrivals drop to 0.5 a second. The queue drains.",
                        "到达率降到每秒 0.5 位，队伍逐渐清空。"),
                say(8 * MINUTE, "Utilisation near 100% means long waits, even when the server is fast.",
                        "利用率接近 100% 时，即使服务很快，等待也会很长。"));
        return new Scenario(BUILT_IN, "queueing-basics",
                LocalizedText.of("Queueing basics", "排队论入门"),
                LocalizedText.of("One line, one server: what happens when customers arrive faster than they "
                        + "are served.", "一条队伍、一名服务员：当顾客到达得比服务更快时会发生什么。"),
                List.of("queue"), 42L, 10 * MINUTE,
                Params.of(Map.of("arrivalsPerSecond", "0.9", "meanServiceTime", "1s", "servers", "1")),
                actions, "", List.of());
    }

    private static TimedAction say(long atNanos, String en, String zh) {
        return new TimedAction(atNanos, "say", null, Params.empty(), LocalizedText.of(en, zh),
                new SourceLocation(BUILT_IN, 0, 0));
    }

    private static TimedAction rate(long atNanos, String rate, String en, String zh) {
        return new TimedAction(atNanos, "setArrivalRate", null, Params.of(Map.of("arrivalsPerSecond", rate)),
                LocalizedText.of(en, zh), new SourceLocation(BUILT_IN, 0, 0));
    }
}
