package dev.podium.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A scenario as read from a file: which worlds to run, with which seed, for how long, with which world
 * parameters, and which timed actions to apply.
 *
 * <p>Times are {@code long} nanoseconds of simulated time. {@code actions} is always in time order; actions
 * at the same time keep the order they were given in (the constructor sorts stably). {@code manifests} is
 * {@code ""} when absent; the lists are never null. {@code sourceName} is the file name as the user gave it,
 * used in messages; {@code manifestSources} says where the manifests were written, for messages about them.
 * Immutable; the {@code with...} methods return changed copies. Validation against the
 * format happens in {@link ScenarioLoader}; this record only checks that its parts are present.
 */
public record Scenario(String sourceName, String name, LocalizedText title, LocalizedText description,
                       List<String> worlds, long seed, long durationNanos, Params params, List<TimedAction> actions,
                       String manifests, List<String> manifestFiles, ManifestSources manifestSources) {

    private static final Comparator<TimedAction> BY_TIME = Comparator.comparingLong(TimedAction::atNanos);

    /** Copies the lists (unmodifiable) and sorts the actions stably by time. */
    public Scenario {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(manifests, "manifests");
        Objects.requireNonNull(manifestSources, "manifestSources");
        worlds = List.copyOf(worlds);
        manifestFiles = List.copyOf(manifestFiles);
        List<TimedAction> sorted = new ArrayList<>(actions);
        sorted.sort(BY_TIME);
        actions = List.copyOf(sorted);
    }

    /** A scenario built in code: no known places for its manifests (see {@link ManifestSources#unknown}). */
    public Scenario(String sourceName, String name, LocalizedText title, LocalizedText description,
                    List<String> worlds, long seed, long durationNanos, Params params, List<TimedAction> actions,
                    String manifests, List<String> manifestFiles) {
        this(sourceName, name, title, description, worlds, seed, durationNanos, params, actions, manifests,
                manifestFiles, ManifestSources.unknown(sourceName));
    }

    /** This scenario with another seed. */
    public Scenario withSeed(long seed) {
        return new Scenario(sourceName, name, title, description, worlds, seed, durationNanos, params, actions,
                manifests, manifestFiles, manifestSources);
    }

    /** This scenario with {@code action} added in time order, after any existing actions at the same time. */
    public Scenario withAction(TimedAction action) {
        List<TimedAction> more = new ArrayList<>(actions);
        more.add(Objects.requireNonNull(action, "action"));
        return new Scenario(sourceName, name, title, description, worlds, seed, durationNanos, params, more,
                manifests, manifestFiles, manifestSources);
    }

    /**
     * This scenario without the actions at or after {@code tNanos}: used when the user acts at time t and
     * so forks the future.
     */
    public Scenario withActionsBefore(long tNanos) {
        List<TimedAction> before = actions.stream().filter(action -> action.atNanos() < tNanos).toList();
        return new Scenario(sourceName, name, title, description, worlds, seed, durationNanos, params, before,
                manifests, manifestFiles, manifestSources);
    }
}
