/**
 * The queue world's scenario side: its descriptor ({@link dev.podium.scenario.queue.QueueWorld}), its parameters
 * and verbs (each range stated once, as an {@link dev.podium.scenario.Arg}), its binding into a run and its CLI
 * summary. The reference for {@code docs/adding-a-world.md}.
 *
 * <p>May import {@code dev.podium.scenario}, {@code dev.podium.world.queue}, the engine and the timeline.
 */
package dev.podium.scenario.queue;
