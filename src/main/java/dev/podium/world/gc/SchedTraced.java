package dev.podium.world.gc;

import java.util.List;

/**
 * One sample of a real Go program's scheduler trace ({@code GODEBUG=schedtrace=N}), as imported from its log: the
 * scheduler's counters at {@code timeNanos} since the trace began.
 *
 * @param gomaxprocs the number of Ps
 * @param idleProcs Ps with nothing to run
 * @param threads OS threads (Ms) the runtime has made
 * @param spinningThreads Ms looking for work
 * @param idleThreads Ms parked with no work
 * @param globalRunQueue goroutines waiting in the global run queue
 * @param localRunQueues each P's own run queue length, P0 first; empty when the trace did not say
 */
public record SchedTraced(long timeNanos, int gomaxprocs, int idleProcs, int threads, int spinningThreads,
        int idleThreads, int globalRunQueue, List<Integer> localRunQueues) implements GcEvent {

    public SchedTraced {
        localRunQueues = List.copyOf(localRunQueues);
    }

    /** Goroutines waiting in every run queue, global and local. */
    public int runnable() {
        int n = globalRunQueue;
        for (int q : localRunQueues) {
            n += q;
        }
        return n;
    }
}
