package dev.podium.world.gc;

/**
 * Bytes that were allocated together and die together, at {@code deathNanos} in mutator time. {@code age} counts
 * the young pauses they survived. Immutable; kernel thread only, like the heap that holds it.
 */
final class Cohort {
    final long deathNanos;
    final long bytes;
    final int age;

    Cohort(long deathNanos, long bytes, int age) {
        this.deathNanos = deathNanos;
        this.bytes = bytes;
        this.age = age;
    }
}
