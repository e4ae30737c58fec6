package dev.podium.world.kube.spec;

/**
 * A batch/v1 Job with defaults applied: completions 1, parallelism 1, backoffLimit 6; the template's restartPolicy
 * is Never or OnFailure. {@code runNanos} is how long each of its containers runs before it exits 0 (Podium's
 * annotation {@code podium.dev/run-seconds}, default 10 s; a {@code :crashloop} image or the crashContainer action
 * makes it fail instead).
 */
public record JobManifest(ObjectMeta meta, int completions, int parallelism, int backoffLimit, PodTemplate template,
        long runNanos) implements KubeManifest {
}
