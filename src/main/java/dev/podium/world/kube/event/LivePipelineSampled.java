package dev.podium.world.kube.event;

/**
 * A live session measured its own pipeline (emitted by {@code dev.podium.live}, at most once per second of session
 * time, never by the simulator). {@code backlog}: events queued between the informer handlers and the timeline
 * when the sample was taken; {@code handled}: informer callbacks since the previous sample; {@code handlerP50Nanos}
 * and {@code handlerMaxNanos}: the median and the longest of those callbacks' wall time, measured around each
 * handler's body (0 when none ran); {@code published} and {@code droppedSamples}: events queued and
 * {@code WatchEventDelivered} samples dropped under back-pressure since the session started.
 */
public record LivePipelineSampled(long timeNanos, int backlog, long handled, long handlerP50Nanos,
        long handlerMaxNanos, long published, long droppedSamples) implements KubeEvent {
}
