/**
 * The garbage-collection world's scenario side: its descriptor ({@link dev.podium.scenario.gc.GcWorld}), its
 * parameters with the JVM's spellings ({@code Xmx}, {@code MaxGCPauseMillis}, ...) and its verbs (each range stated
 * once, as an {@link dev.podium.scenario.Arg}), its binding into a run and its CLI summary.
 *
 * <p>May import {@code dev.podium.scenario}, {@code dev.podium.world.gc}, the engine and the timeline.
 */
package dev.podium.scenario.gc;
