package dev.podium.world.gc;

/**
 * ZGC's numbers (JDK 17, single generation): its flags at their defaults and the cost of its pauses. The pauses scan
 * thread stacks and a few roots only, so they are short whatever the heap; the guesses below give 0.1 to 0.3 ms for
 * tens of request threads, the order the ZGC authors report ("sub-millisecond"). Concurrent work costs what G1's
 * marking and copying cost per byte ({@link G1Tuning}), on fewer threads.
 */
public final class ZTuning {
    /** A pause's fixed part: reaching the safepoint, the roots. */
    public static final long PAUSE_FIXED_NANOS = 100_000;
    /** Scanning one request thread's stack. */
    public static final long PAUSE_PER_THREAD_NANOS = 2_000;
    /** Between Pause Mark End and Pause Relocate Start: reference processing and choosing the relocation set. */
    public static final long SELECT_NANOS = 2_000_000;
    /** {@code ZFragmentationLimit}: pages with more garbage than this percent are relocated. */
    public static final int FRAGMENTATION_LIMIT_PERCENT = 25;

    private ZTuning() {
    }

    /** {@code ConcGCThreads} for ZGC: 1/8 of the CPUs, at least one (JDK 17's ergonomics). */
    public static int concThreads(int cpus) {
        return Math.max(1, cpus / 8);
    }
}
