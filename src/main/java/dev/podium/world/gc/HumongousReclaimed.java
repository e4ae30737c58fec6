package dev.podium.world.gc;

/**
 * A pause freed the regions of humongous objects nothing refers to any more: at a young pause G1 does it eagerly
 * ({@code G1EagerReclaimHumongousObjects}), otherwise Remark or a Full GC does. Emitted just before the pause's
 * {@link GcPauseEnded}, whose region map shows the regions free.
 */
public record HumongousReclaimed(long timeNanos, int gcId, int regions, long bytes) implements GcEvent {
}
