/**
 * The discrete-event simulation kernel: simulated time as {@code long} nanoseconds, an event list
 * totally ordered by (time, priority, insertion sequence), and seeded random streams split by a
 * stable component name.
 *
 * <p>Imports nothing of Podium's and nothing of JavaFX or fabric8. Single-threaded by contract.
 */
package dev.podium.engine;
