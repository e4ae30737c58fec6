package dev.podium.world.kube.workload.event;

/** A Job was created; {@code restartPolicy} of its pods is Never or OnFailure. */
public record JobCreated(long timeNanos, String job, int completions, int parallelism, int backoffLimit,
        String restartPolicy, String image) implements WorkloadEvent {
}
