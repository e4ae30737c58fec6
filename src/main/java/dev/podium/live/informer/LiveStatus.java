package dev.podium.live.informer;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot of a {@link LiveSession}: each informer's {@link InformerStatus} (a fallback informer, started after a
 * 403 on the cluster-wide list, appears after the forbidden one), the events waiting to be drained, and the
 * pipeline samples dropped because the queue was past its bound. Immutable; any thread.
 */
public record LiveStatus(List<InformerStatus> informers, int backlog, long droppedSamples) {

    /** Copies the list. */
    public LiveStatus {
        informers = List.copyOf(informers);
    }

    /** The last status for {@code informer} (the fallback when there is one), if that informer exists. */
    public Optional<InformerStatus> informer(String informer) {
        InformerStatus found = null;
        for (InformerStatus status : informers) {
            if (status.informer().equals(informer)) {
                found = status;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether every informer that is not forbidden is watching. */
    public boolean allWatching() {
        return informers.stream().allMatch(i -> i.state() == InformerState.WATCHING
                || i.state() == InformerState.FORBIDDEN);
    }
}
