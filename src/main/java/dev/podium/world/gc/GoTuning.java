package dev.podium.world.gc;

/**
 * The Go runtime's GC numbers (reference §2.7, Go 1.21 to 1.23): the background utilization, the heap minimum, the
 * CPU limiter's cap, and the cost of the two stop-the-world phases, which the Go 1.8 notes put "usually under 100
 * microseconds"; the reference observed 0.002 to 0.3 ms of mark termination.
 */
public final class GoTuning {
    /** {@code gcBackgroundUtilization}: dedicated mark workers take a quarter of GOMAXPROCS while marking. */
    public static final int BACKGROUND_PER_MILLE = 250;
    /** Assists may add this much more: the GC CPU limiter caps GC at half the CPU (mgclimit.go). */
    public static final int MAX_ASSIST_PER_MILLE = 250;
    /** {@code heapMinimum}: 4 MiB at GOGC=100. */
    public static final long HEAP_MINIMUM_BYTES = 4L << 20;
    /** A stop-the-world phase: fixed, and per goroutine (request) whose state it visits. */
    public static final long STW_FIXED_NANOS = 20_000;
    public static final long STW_PER_GOROUTINE_NANOS = 200;

    private GoTuning() {
    }
}
