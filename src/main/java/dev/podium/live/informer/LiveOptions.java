package dev.podium.live.informer;

import java.time.Clock;
import java.util.Objects;

/**
 * How a {@link LiveSession} watches. {@code namespace} null means all namespaces (falling back to the context's
 * namespace when RBAC forbids the cluster-wide list); {@code watchSampleEvery} n emits one
 * {@code WatchEventDelivered} per n watch events per informer (0: none); {@code clock} stamps event times
 * (nanoseconds since the session started); {@code sampleBound} is the backlog past which samples are dropped
 * (state events never are). Immutable.
 */
public record LiveOptions(String namespace, int watchSampleEvery, Clock clock, int sampleBound) {

    /** The default backlog past which pipeline samples are dropped. */
    public static final int DEFAULT_SAMPLE_BOUND = 50_000;

    /** Checks the values. */
    public LiveOptions {
        Objects.requireNonNull(clock, "clock");
        if (watchSampleEvery < 0 || sampleBound < 0) {
            throw new IllegalArgumentException("negative watchSampleEvery or sampleBound");
        }
    }

    /** All namespaces, every 10th watch event sampled, the system clock. */
    public static LiveOptions allNamespaces() {
        return new LiveOptions(null, 10, Clock.systemUTC(), DEFAULT_SAMPLE_BOUND);
    }

    /** Only {@code namespace}. */
    public static LiveOptions namespace(String namespace) {
        return new LiveOptions(Objects.requireNonNull(namespace, "namespace"), 10, Clock.systemUTC(),
                DEFAULT_SAMPLE_BOUND);
    }

    /** Watching {@code namespace}, or all namespaces when it is null. */
    public static LiveOptions watching(String namespace) {
        return namespace == null ? allNamespaces() : namespace(namespace);
    }

    /** The same options with another clock. */
    public LiveOptions withClock(Clock newClock) {
        return new LiveOptions(namespace, watchSampleEvery, newClock, sampleBound);
    }

    /** The same options with another sampling rate. */
    public LiveOptions withWatchSampleEvery(int every) {
        return new LiveOptions(namespace, every, clock, sampleBound);
    }
}
