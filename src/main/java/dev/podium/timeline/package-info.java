/**
 * The one event stream every source feeds and every view reads: {@link dev.podium.timeline.WorldEvent},
 * the append-only {@link dev.podium.timeline.Timeline}, projections folded from it with checkpoints,
 * recordings in JSON Lines, and the playhead clock that maps wall time to sim time.
 *
 * <p>May import the engine only. No JavaFX: the playhead clock is plain arithmetic that the UI's
 * animation timer calls once per frame.
 */
package dev.podium.timeline;
