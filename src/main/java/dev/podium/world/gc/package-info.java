/**
 * The garbage-collection world, first slice: a simulated JVM service on a G1 heap. Requests arrive open-loop,
 * each allocates bytes with a lifetime mix, and are served by a pool of threads; the heap is a table of
 * fixed-size regions (eden, survivor, old, humongous, free) collected by a simplified G1: young pauses whose
 * length follows the bytes they copy, an adaptive young size chasing {@code MaxGCPauseMillis}, tenuring by age,
 * concurrent marking started at {@code InitiatingHeapOccupancyPercent}, mixed collections, evacuation failure
 * and the Full GC that follows. Every stop-the-world pause stops every request in flight; arrivals queue.
 * {@code docs/gc-fidelity.md} says what is modelled, with which numbers, and what is left out.
 *
 * <p>Everything runs on the kernel's thread, draws from named random streams ({@code gc.arrivals},
 * {@code gc.service}, {@code gc.lifetimes}) and emits {@link dev.podium.world.gc.GcEvent}s holding only
 * integers, booleans, enums and text. {@link dev.podium.world.gc.GcProjection} folds them into a
 * {@link dev.podium.world.gc.GcState}.
 *
 * <p>May import the engine and the timeline only.
 */
package dev.podium.world.gc;
