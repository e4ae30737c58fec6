/**
 * The one event stream every source feeds and every view reads: {@link dev.podium.timeline.WorldEvent},
 * the append-only {@link dev.podium.timeline.Timeline}, projections folded from it with checkpoints,
 * recordings in JSON Lines, and the playhead clock that maps wall time to sim time.
 *
 * <p>A timeline holds every event in memory, except one made by {@link dev.podium.timeline.Timeline#spilling}
 * (live sessions): it keeps the newest events and writes older blocks to a recording file on a background thread
 * ({@link dev.podium.timeline.TimelineSpill}), reading them back on demand, so a session of any length has a bounded
 * heap; {@link dev.podium.timeline.ProjectedState} thins its checkpoints over that spilled part.
 *
 * <p>May import the engine only. No JavaFX: the playhead clock is plain arithmetic that the UI's
 * animation timer calls once per frame.
 */
package dev.podium.timeline;
