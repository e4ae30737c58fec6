package dev.podium.world.kube.state;

/**
 * One measurement of a live session's own pipeline, as {@code LivePipelineSampled} carried it: queue backlog,
 * handler callbacks since the previous sample with their median and longest wall time (nanoseconds), events
 * published and samples dropped since the session started. {@code timeNanos} is session time.
 */
public record PipelineSample(long timeNanos, int backlog, long handled, long handlerP50Nanos, long handlerMaxNanos,
        long published, long droppedSamples) {
}
