package dev.podium.timeline;

/**
 * Something that happened in a world at a simulated time. Every source (simulation, live cluster,
 * recording) produces these and nothing else; views only ever see state folded from them.
 *
 * <p>Implementations are immutable records named in the past tense ({@code CustomerArrived},
 * {@code PodScheduled}). Each world declares a sealed sub-interface that permits exactly its own
 * records (a sealed type in the unnamed module may only permit types of its own package, so the
 * sealing lives per world). Record components hold only {@code long}, {@code int}, {@code boolean},
 * {@code String}, enums and immutable lists or sorted maps of those: no floating point, so a
 * recording prints the same bytes on every JDK.
 *
 * <p>{@link #timeNanos()} is simulated time in nanoseconds since the run started.
 */
public interface WorldEvent {
    /** When it happened, in simulated nanoseconds since the start of the run. */
    long timeNanos();

    /** The type name written to recordings; by default the record's simple class name. */
    default String type() {
        return getClass().getSimpleName();
    }
}
