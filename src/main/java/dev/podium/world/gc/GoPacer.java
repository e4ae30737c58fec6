package dev.podium.world.gc;

/**
 * The Go GC's pacer (runtime/mgcpacer.go): the heap goal from GOGC and GOMEMLIMIT, the trigger that starts a
 * cycle early enough for marking to finish by the goal, and the mark assists a cycle needs. Kernel thread only;
 * bytes and nanoseconds, allocation rates in bytes per mutator nanosecond.
 */
final class GoPacer {
    private final GcParams params;
    private long markedBytes;
    private int gogc;
    private long memoryLimit;

    GoPacer(GcParams params) {
        this.params = params;
        this.gogc = params.gogc();
        this.memoryLimit = params.memoryLimitBytes();
    }

    void setGogc(int percent) {
        gogc = percent;
    }

    void setMemoryLimit(long bytes) {
        memoryLimit = bytes;
    }

    /** What the last cycle's marking found live. */
    void setMarkedBytes(long bytes) {
        markedBytes = bytes;
    }

    /**
     * The heap goal (heapGoalInternal): the last marked heap grown by GOGC percent, at least 4 MiB x GOGC/100;
     * under GOMEMLIMIT at most the limit less 3 % headroom (at least 1 MiB); the smaller wins. Long.MAX_VALUE: none.
     */
    long goal() {
        long goal = Long.MAX_VALUE;
        if (gogc != GcParams.GOGC_OFF) {
            goal = Math.max(markedBytes + markedBytes / 100 * gogc, GoTuning.HEAP_MINIMUM_BYTES / 100 * gogc);
        }
        if (memoryLimit != GcParams.NO_MEMORY_LIMIT) {
            long limit = memoryLimit;
            goal = Math.min(goal, limit - Math.max(limit / 100 * 3, 1L << 20));
        }
        return goal;
    }

    /**
     * The trigger (trigger()): the goal less the runway {@code allocationRate} needs while marking runs, kept
     * between 45/64 and 61/64 of the way from the marked heap to the goal.
     */
    long trigger(double allocationRate) {
        long goal = goal();
        if (goal == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long span = Math.max(0, goal - markedBytes);
        long lo = markedBytes + span / 64 * 45;
        long hi = markedBytes + span / 64 * 61;
        double runway = allocationRate * (1000 - GoTuning.BACKGROUND_PER_MILLE) / 1000 * markNanos(markedBytes, 0);
        long trigger = goal - (long) Math.min(runway, goal);
        return Math.max(lo, Math.min(hi, trigger));
    }

    /** Marking {@code live} bytes on the dedicated workers (a quarter of GOMAXPROCS) and {@code assist} more. */
    long markNanos(long live, int assistPerMille) {
        double workers = params.cpus() * (GoTuning.BACKGROUND_PER_MILLE + assistPerMille) / 1000.0;
        return (long) (live * (G1Tuning.MARK_PICOS_PER_BYTE / 1000.0) / workers);
    }

    /**
     * The assists a cycle starting now needs: the smallest extra CPU share (in steps of 1 %) that keeps what
     * {@code allocationRate} allocates while {@code live} bytes are marked within the room from {@code used} up to
     * the goal; the CPU limiter caps GC at 50 % in all (mgclimit.go), so past that the heap overshoots its goal.
     */
    int assistPerMille(double allocationRate, long used, long live) {
        long goal = goal();
        long room = goal == Long.MAX_VALUE ? Long.MAX_VALUE : goal - used;
        for (int a = 0; a <= GoTuning.MAX_ASSIST_PER_MILLE; a += 10) {
            double allocated = allocationRate * (1000 - GoTuning.BACKGROUND_PER_MILLE - a) / 1000 * markNanos(live, a);
            if (allocated <= room) {
                return a;
            }
        }
        return GoTuning.MAX_ASSIST_PER_MILLE;
    }
}
