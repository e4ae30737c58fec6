/**
 * Scenario files: the YAML format, its loader, validation with {@code file:line:column} errors, and the
 * built-in gallery.
 *
 * <p>A {@link dev.podium.scenario.Scenario} is an immutable value: which worlds to run, a seed, a duration
 * in nanoseconds, world parameters and timed actions in time order. {@link dev.podium.scenario.ScenarioLoader}
 * reads one from a file, a string or the class path and reports every problem it can find as a
 * {@link dev.podium.scenario.ScenarioProblem}. The format is described in {@code docs/scenario-format.md}.
 *
 * <p>The world plug-in contract lives here too: a world's {@link dev.podium.scenario.World} descriptor (registered
 * for {@link java.util.ServiceLoader} and found by {@link dev.podium.scenario.WorldRegistry}), its
 * {@link dev.podium.scenario.WorldBinding} into a run, its {@link dev.podium.scenario.Verb}s with typed, ranged
 * {@link dev.podium.scenario.Arg}s, the top-level keys it owns ({@link dev.podium.scenario.Section}), its
 * benchmarks and the {@link dev.podium.scenario.WorldLinks} seam between worlds. Nothing in this package names a
 * world; each world's scenario side is a sub-package ({@code scenario.queue}, {@code scenario.kube}).
 *
 * <p>May import {@code dev.podium.engine}, {@code dev.podium.timeline}, {@code dev.podium.world.*} (only through the worlds' own sub-packages), the JDK
 * and Jackson; never JavaFX or fabric8. Everything here is immutable or stateless and may be used from
 * any thread.
 */
package dev.podium.scenario;
