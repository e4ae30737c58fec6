package dev.podium.world.gc;

/**
 * G1's initiating threshold for concurrent marking changed: at the start when {@code G1UseAdaptiveIHOP} is on, and
 * after each pause that changes the adaptive prediction (G1AdaptiveIHOPControl::get_conc_mark_start_threshold).
 * Not emitted when adaptive IHOP is off: then the threshold is {@code InitiatingHeapOccupancyPercent} of the heap,
 * as {@link GcConfigured} says.
 *
 * @param thresholdBytes old occupancy (old and humongous bytes) at which marking starts
 * @param heapBytes the heap's size, which the threshold is a share of
 * @param predicted whether the threshold is the adaptive prediction; false while G1 still collects its first
 *     samples and uses {@code InitiatingHeapOccupancyPercent}
 */
public record IhopThresholdChanged(long timeNanos, long thresholdBytes, long heapBytes, boolean predicted) implements GcEvent {
}
