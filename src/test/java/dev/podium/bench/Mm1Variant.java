package dev.podium.bench;

/** One way of driving {@link Mm1Queue}: an event list and a loop. */
interface Mm1Variant {
    /** Short name for the results table. */
    String name();

    /** Runs a fresh model with this seed until {@code customers} have been served. */
    Mm1Result run(long seed, long customers);
}
