package dev.podium.world.queue;

/** How inter-arrival or service times are drawn around their mean. */
public enum Distribution {
    /** Memoryless: the M in M/M/1. */
    EXPONENTIAL,
    /** Always exactly the mean: the D in D/D/1. */
    FIXED
}
