package dev.podium.world.gc.log;

/**
 * What a Go {@code GODEBUG=schedtrace=N[,scheddetail=1]} trace said, tallied as it streamed by.
 *
 * @param samples SCHED lines
 * @param gomaxprocs the last sample's
 * @param maxThreads the most Ms (threads) any sample counted
 * @param maxIdleProcs the most idle Ps any sample counted
 * @param maxGlobalRunQueue the longest global run queue
 * @param maxLocalRunQueue the longest run queue of one P (from the bracketed list, or scheddetail's runqsize)
 * @param meanGlobalRunQueue the global run queue's mean over the samples
 * @param processorLines scheddetail's P lines
 * @param threadLines scheddetail's M lines
 * @param goroutineLines scheddetail's G lines
 * @param spanNanos the last sample's time since the first trace
 */
public record SchedTraceSummary(long samples, int gomaxprocs, int maxThreads, int maxIdleProcs,
        int maxGlobalRunQueue, int maxLocalRunQueue, double meanGlobalRunQueue, long processorLines,
        long threadLines, long goroutineLines, long spanNanos) {
}
