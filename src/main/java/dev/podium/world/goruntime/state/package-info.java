/**
 * The Go runtime world's projection: {@link dev.podium.world.goruntime.state.GoState} folded from its events by
 * {@link dev.podium.world.goruntime.state.GoProjection}, cheap to copy at checkpoints.
 */
package dev.podium.world.goruntime.state;
