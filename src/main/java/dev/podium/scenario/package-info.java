/**
 * Scenario files: the YAML format, its loader, validation with {@code file:line:column} errors, and the
 * built-in gallery.
 *
 * <p>A {@link dev.podium.scenario.Scenario} is an immutable value: which worlds to run, a seed, a duration
 * in nanoseconds, world parameters and timed actions in time order. {@link dev.podium.scenario.ScenarioLoader}
 * reads one from a file, a string or the class path and reports every problem it can find as a
 * {@link dev.podium.scenario.ScenarioProblem}. The format is described in {@code docs/scenario-format.md}.
 * {@link dev.podium.scenario.ForkedScenario} writes a projected Kubernetes world (live or recorded) as a
 * scenario, so it can continue as a simulation.
 *
 * <p>May import {@code dev.podium.engine}, {@code dev.podium.timeline}, {@code dev.podium.world.*}, the JDK
 * and Jackson; never JavaFX or fabric8. Everything here is immutable or stateless and may be used from
 * any thread.
 */
package dev.podium.scenario;
