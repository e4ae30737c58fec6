package dev.podium.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which {@code do:} verbs each world accepts in a scenario's actions, and which arguments each takes.
 *
 * <p>Every world knows {@code say}, which only narrates. The queue world also knows
 * {@code setArrivalRate} ({@code arrivalsPerSecond}: number, more than 0, at most 1e6),
 * {@code setServers} ({@code servers}: whole number 1 to 64), {@code setServiceTime}
 * ({@code meanServiceTime}: duration 1us to 1h) and {@code burst} ({@code count}: whole number 1 to 10000,
 * customers who arrive at once). Each of those arguments is required. Stateless and thread-safe.
 */
public final class ActionCatalog {

    /** Checks the arguments of one verb; throws with problems located at the offending values. */
    @FunctionalInterface
    interface ArgsCheck {
        void check(String verb, String target, Params args, SourceLocation actionWhere) throws ScenarioException;
    }

    private static final long MICROSECOND_NANOS = 1_000L;
    private static final long HOUR_NANOS = 3_600_000_000_000L;

    private static final ArgsCheck NO_ARGS = (verb, target, args, where) -> args.rejectUnknown();

    private static final Map<String, Map<String, ArgsCheck>> VERBS_BY_WORLD = catalog();

    private ActionCatalog() {
    }

    /** The verbs {@code world} accepts, in a stable order; empty for an unknown world. */
    public static Set<String> verbsFor(String world) {
        Map<String, ArgsCheck> verbs = VERBS_BY_WORLD.get(world);
        return verbs == null ? Set.of() : Collections.unmodifiableSet(verbs.keySet());
    }

    /** Whether {@code world} is a world a scenario may name: queue, kube, goruntime or gc. */
    public static boolean isKnownWorld(String world) {
        return VERBS_BY_WORLD.containsKey(world);
    }

    /** The known worlds, in the order the documentation lists them. */
    static List<String> knownWorlds() {
        return List.copyOf(VERBS_BY_WORLD.keySet());
    }

    /**
     * Checks {@code args} against the first of {@code worlds} that knows {@code verb}; does nothing when
     * none does (the caller reports the unknown verb).
     */
    static void checkArgs(List<String> worlds, String verb, String target, Params args,
            SourceLocation actionWhere) throws ScenarioException {
        for (String world : worlds) {
            Map<String, ArgsCheck> verbs = VERBS_BY_WORLD.get(world);
            if (verbs != null && verbs.containsKey(verb)) {
                verbs.get(verb).check(verb, target, args, actionWhere);
                return;
            }
        }
    }

    private static Map<String, Map<String, ArgsCheck>> catalog() {
        Map<String, ArgsCheck> queue = new LinkedHashMap<>();
        queue.put("say", NO_ARGS);
        queue.put("setArrivalRate", (verb, target, args, where) -> {
            require(verb, args, where, "arrivalsPerSecond");
            double rate = args.number("arrivalsPerSecond", 1, 0, 1e6);
            if (rate <= 0) {
                throw new ScenarioException(args.where("arrivalsPerSecond"),
                        "arrivalsPerSecond: must be more than 0 (and at most 1000000)");
            }
        });
        queue.put("setServers", (verb, target, args, where) -> {
            require(verb, args, where, "servers");
            args.integer("servers", 1, 1, 64);
        });
        queue.put("setServiceTime", (verb, target, args, where) -> {
            require(verb, args, where, "meanServiceTime");
            args.durationNanos("meanServiceTime", HOUR_NANOS, MICROSECOND_NANOS, HOUR_NANOS);
        });
        queue.put("burst", (verb, target, args, where) -> {
            require(verb, args, where, "count");
            args.integer("count", 1, 1, 10_000);
        });
        Map<String, Map<String, ArgsCheck>> worlds = new LinkedHashMap<>();
        worlds.put("queue", Collections.unmodifiableMap(queue));
        worlds.put("kube", KubeVerbs.checks(NO_ARGS));
        for (String world : List.of("goruntime", "gc")) {
            worlds.put(world, Map.of("say", NO_ARGS));
        }
        return Collections.unmodifiableMap(worlds);
    }

    /** Refuses unknown arguments and a missing {@code name}, reporting both when both are wrong. */
    private static void require(String verb, Params args, SourceLocation where, String name)
            throws ScenarioException {
        if (!args.has(name)) {
            ScenarioProblem missing = new ScenarioProblem(where, verb + " needs '" + name + "'");
            try {
                args.rejectUnknown(name);
            } catch (ScenarioException unknown) {
                List<ScenarioProblem> all = new ArrayList<>(unknown.problems());
                all.add(0, missing);
                throw new ScenarioException(all);
            }
            throw new ScenarioException(missing);
        }
        args.rejectUnknown(name);
    }
}
