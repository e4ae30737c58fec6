package dev.podium.world.kube.event;

import java.util.List;

/**
 * A controller (or the scheduler) started with {@code workers} workers reading from {@code informers}.
 */
public record ControllerStarted(long timeNanos, String controller, int workers, List<String> informers)
        implements KubeEvent {
    public ControllerStarted {
        informers = List.copyOf(informers);
    }
}
