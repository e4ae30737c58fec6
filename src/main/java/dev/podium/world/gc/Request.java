package dev.podium.world.gc;

/**
 * A request of the simulated service: when it arrived, and on a thread, when it started and how long its thread
 * works on it (in mutator time), what it allocates in all, how much of that the heap's cohorts already account for,
 * and when its session data dies. Kernel thread only.
 */
final class Request {
    final long id;
    final long arrivalNanos;
    long startMutatorNanos;
    long serviceNanos;
    long doneMutatorNanos;
    long bytes;
    long accountedBytes;
    long sessionDeathNanos;
    double rate;

    Request(long id, long arrivalNanos) {
        this.id = id;
        this.arrivalNanos = arrivalNanos;
    }

    /** Bytes allocated by mutator time {@code m}. */
    long allocatedBy(long m) {
        if (m >= doneMutatorNanos) {
            return bytes;
        }
        long elapsed = Math.max(0, m - startMutatorNanos);
        return Math.min(bytes, (long) ((double) bytes * elapsed / serviceNanos));
    }
}
