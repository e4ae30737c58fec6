package dev.podium.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A scenario as read from a file: which worlds to run, with which seed, for how long, with which world
 * parameters, and which timed actions to apply.
 *
 * <p>Times are {@code long} nanoseconds of simulated time. {@code actions} is always in time order; actions
 * at the same time keep the order they were given in (the constructor sorts stably). The lists and maps are
 * never null. {@code params} holds each world's parameters by world name (a world with none has no entry);
 * {@code sections} holds the top-level keys that worlds own (the Kubernetes world's {@code manifests}), by key.
 * {@code sourceName} is the file name as the user gave it, used in messages. Immutable; the {@code with...}
 * methods return changed copies. Validation against the format happens in {@link ScenarioLoader}; this record
 * only checks that its parts are present.
 */
public record Scenario(String sourceName, String name, LocalizedText title, LocalizedText description,
                       List<String> worlds, long seed, long durationNanos, Map<String, Params> params,
                       List<TimedAction> actions, Map<String, Section> sections) {

    private static final Comparator<TimedAction> BY_TIME = Comparator.comparingLong(TimedAction::atNanos);

    /** Copies the lists (unmodifiable) and sorts the actions stably by time. */
    public Scenario {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        worlds = List.copyOf(worlds);
        params = Collections.unmodifiableMap(new TreeMap<>(params));
        sections = Collections.unmodifiableMap(new TreeMap<>(sections));
        List<TimedAction> sorted = new ArrayList<>(actions);
        sorted.sort(BY_TIME);
        actions = List.copyOf(sorted);
    }

    /** A single-world scenario built in code: {@code params} are that world's, and no sections. */
    public static Scenario of(String sourceName, String name, LocalizedText title, String world, long seed,
                              long durationNanos, Params params, List<TimedAction> actions) {
        return new Scenario(sourceName, name, title, LocalizedText.empty(), List.of(world), seed, durationNanos,
                params.names().isEmpty() ? Map.of() : Map.of(world, params), actions, Map.of());
    }

    /** The parameters of {@code world}; empty when the scenario gives none. */
    public Params params(String world) {
        return params.getOrDefault(world, Params.empty());
    }

    /** The world-owned top-level key {@code key} as read, or null when the file does not have it. */
    public Section section(String key) {
        return sections.get(key);
    }

    /** This scenario with another seed. */
    public Scenario withSeed(long seed) {
        return new Scenario(sourceName, name, title, description, worlds, seed, durationNanos, params, actions,
                sections);
    }

    /** This scenario with {@code action} added in time order, after any existing actions at the same time. */
    public Scenario withAction(TimedAction action) {
        List<TimedAction> more = new ArrayList<>(actions);
        more.add(Objects.requireNonNull(action, "action"));
        return new Scenario(sourceName, name, title, description, worlds, seed, durationNanos, params, more,
                sections);
    }

    /**
     * This scenario without the actions at or after {@code tNanos}: used when the user acts at time t and
     * so forks the future.
     */
    public Scenario withActionsBefore(long tNanos) {
        List<TimedAction> before = actions.stream().filter(action -> action.atNanos() < tNanos).toList();
        return new Scenario(sourceName, name, title, description, worlds, seed, durationNanos, params, before,
                sections);
    }
}
