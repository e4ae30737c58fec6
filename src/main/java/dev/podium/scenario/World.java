package dev.podium.scenario;

import dev.podium.timeline.Projection;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A world as the rest of Podium sees it: the one descriptor that shared code (the scenario loader, runs,
 * recordings, the CLI) asks about a world, so that no shared code ever names one. A world registers it in
 * {@code META-INF/services/dev.podium.scenario.World} and {@link WorldRegistry} finds it; its UI side has a
 * descriptor of its own ({@code dev.podium.ui.world.WorldUi}).
 *
 * <p>What a world says of itself: its {@link #name()} (what a scenario's {@code worlds:} lists), its event record
 * types and projection, its parameter section ({@code params: {name: {...}}}) checked at load time, the top-level
 * keys it owns in a scenario file (Kubernetes' {@code manifests}), its verbs, how it binds into a run, what the CLI
 * prints of it, its benchmarks, and whether a timeline of it can continue as a simulation.
 *
 * <p>Implementations are stateless and thread-safe; everything that holds state is made per call.
 */
public interface World {
    /** The name scenarios use in {@code worlds:}, recordings in their header: lower-case letters only. */
    String name();

    /** What people call this world in sentences (a proper name where it has one): for messages. */
    default String displayName() {
        return name();
    }

    /** The event record types this world produces, for recordings. */
    List<Class<? extends WorldEvent>> eventTypes();

    /** Whether {@code event} is one of this world's (default: its class is one of {@link #eventTypes()}). */
    default boolean owns(WorldEvent event) {
        return eventTypes().contains(event.getClass());
    }

    /** A new projection that folds this world's events into its state. */
    Projection<?> projection();

    /** The parameters of {@code params: {<name>: ...}}, with their types, ranges and defaults. */
    List<Arg<?>> params();

    /**
     * Checks this world's parameters at load time, without running anything. The default refuses names not in
     * {@link #params()} and reads each one (its range); a world with rules across parameters adds them.
     */
    default void checkParams(Params params) throws ScenarioException {
        params.rejectUnknown(params().stream().map(Arg::name).toArray(String[]::new));
        for (Arg<?> arg : params()) {
            arg.read(params);
        }
    }

    /** The top-level keys of a scenario file this world owns, and what kind of value each holds. */
    default List<Section.Spec> sections() {
        return List.of();
    }

    /**
     * Checks what this world reads from the scenario besides its parameters (the Kubernetes world's manifests,
     * inline and in files beside the scenario), without building a run: what {@code podium validate} reports.
     * {@code scenarioDir} is as for {@link #bind}. Default: nothing more to check.
     */
    default void checkSources(Scenario scenario, Path scenarioDir) throws ScenarioException {
    }

    /**
     * File name extensions (lower case, with the dot, e.g. of a program) of files this world opens on their own,
     * as a scenario of their own: what File &gt; Open and {@code podium run FILE} accept besides scenario files.
     * Default: none.
     */
    default List<String> fileExtensions() {
        return List.of();
    }

    /**
     * A scenario that runs {@code file} (one with an extension of {@link #fileExtensions()}) in this world with its
     * defaults; problems in the file are reported at their place in it.
     */
    default Scenario scenarioForFile(Path file) throws ScenarioException {
        throw new ScenarioException(SourceLocation.wholeFile(file.toString()), displayName()
                + " opens no file on its own");
    }

    /**
     * What a run of this world printed and how it ended, for a world whose runs are processes (a program: its
     * standard output and error, its exit status), from the run's {@code events}; empty for a world whose runs
     * are not processes. {@code podium run} prints it as the process would and exits with its status.
     */
    default Optional<ProcessOutcome> outcome(List<WorldEvent> events) {
        return Optional.empty();
    }

    /**
     * The warnings about what this world reads from the scenario: what is read but left out of the simulation
     * (the Kubernetes world's unsupported kinds, metrics it does not simulate), each located. Throws what
     * {@link #checkSources} throws. Default: none.
     */
    default List<ScenarioProblem> sourceWarnings(Scenario scenario, Path scenarioDir) throws ScenarioException {
        return List.of();
    }

    /** The verbs of this world's actions, in the order the documentation lists them ({@code say} is shared). */
    List<Verb<?>> verbs();

    /**
     * Wires this world into a run of {@code scenario}. {@code scenarioDir} is the scenario file's folder, or null
     * for a scenario with no file on disk (a built-in). Nothing runs until {@link WorldBinding#start}.
     */
    WorldBinding bind(Scenario scenario, Path scenarioDir) throws ScenarioException;

    /** Prints this world's state after {@code events} (all of a run or recording) for {@code podium run/replay}. */
    void summarize(List<WorldEvent> events, PrintWriter out);

    /** What {@code podium bench <name>} can run for this world; empty if none. */
    default List<WorldBenchmark> benchmarks() {
        return List.of();
    }

    /**
     * The reader of real programs' logs this world offers ({@code podium import}, File > Open of a log), or empty
     * when it reads none.
     */
    default Optional<LogImporter> logImporter() {
        return Optional.empty();
    }

    /** Whether a timeline of this world that is not a simulation can continue as one ({@link #fork}). */
    default boolean canContinueAsSimulation() {
        return false;
    }

    /**
     * This world at {@code atNanos} of a timeline that is not a simulation (a live cluster, a recording) as a
     * scenario to simulate on, or empty when this world cannot do that ({@link #canContinueAsSimulation()}).
     * {@code label} names the source in the scenario's title and comments. Throws when the scenario written does
     * not load back (a bug).
     */
    default Optional<SimulationFork> fork(Timeline timeline, long atNanos, String label) throws ScenarioException {
        return Optional.empty();
    }

    /**
     * The text File > New Lesson writes for this world: a commented scenario of this world alone that validates and
     * runs, with {@code name: new-lesson} (see {@link LessonTemplates}). The default reads the resource
     * {@code lesson-template.yaml} in the package of the descriptor's class; empty if there is none.
     */
    default Optional<String> lessonTemplate() {
        try (InputStream in = getClass().getResourceAsStream("lesson-template.yaml")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the lesson template of " + name(), e);
        }
    }
}
