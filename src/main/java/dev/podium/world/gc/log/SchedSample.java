package dev.podium.world.gc.log;

/**
 * One {@code SCHED} line of a Go scheduler trace (proc.go's schedtrace): the scheduler's counters at {@code
 * timeNanos} since the first trace. Fields the Go version does not print are -1 ({@code needspinning} before Go
 * 1.20; the bracketed per-P queue lengths in scheddetail mode, where each P line says its own).
 *
 * @param localRunQueues each P's run queue length ({@code runqtail - runqhead}, runnext not counted); empty in
 *     scheddetail mode. The array is the caller's to keep.
 */
public record SchedSample(long timeNanos, int gomaxprocs, int idleProcs, int threads, int spinningThreads,
        int needSpinning, int idleThreads, int globalRunQueue, int[] localRunQueues) {
}
