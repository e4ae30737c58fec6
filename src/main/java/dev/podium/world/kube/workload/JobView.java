package dev.podium.world.kube.workload;

/**
 * A Job as the views show it: spec (completions, parallelism, backoffLimit, restartPolicy, image) and status (active,
 * succeeded, failed; condition "" while running, Complete or Failed, with its reason).
 */
public record JobView(String key, int completions, int parallelism, int backoffLimit, String restartPolicy,
        String image, int active, int succeeded, int failed, String condition, String reason) {

    JobView withStatus(int newActive, int newSucceeded, int newFailed) {
        return new JobView(key, completions, parallelism, backoffLimit, restartPolicy, image, newActive, newSucceeded,
                newFailed, condition, reason);
    }

    JobView withCondition(String newCondition, String newReason) {
        return new JobView(key, completions, parallelism, backoffLimit, restartPolicy, image, active, succeeded,
                failed, newCondition, newReason);
    }
}
