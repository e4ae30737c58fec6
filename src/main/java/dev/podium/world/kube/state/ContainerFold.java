package dev.podium.world.kube.state;

import dev.podium.world.kube.event.ContainerExited;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.ContainerStarted;
import dev.podium.world.kube.event.ImagePullFailed;
import dev.podium.world.kube.event.ImagePullStarted;
import dev.podium.world.kube.event.ImagePulled;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.ProbeFailed;

/**
 * The kubelet part of {@link KubeProjection}: image pulls, containers and probes. They change no object (a pod's
 * status comes with its PodPhaseChanged); they only write the Pulling, Pulled, Failed, Started, BackOff and Unhealthy
 * lines. A clean exit and a restart without back-off write nothing. Pure.
 */
final class ContainerFold {
    private ContainerFold() {
    }

    /** Folds {@code e} if it is one of the kubelet events above; false otherwise. */
    static boolean apply(KubeState s, KubeEvent e) {
        if (e instanceof ImagePullStarted i) {
            EventLines.add(s, i, "Normal", "Pulling", i.pod(), "Pulling image \"" + i.image() + "\"");
        } else if (e instanceof ImagePulled i) {
            pulled(s, i);
        } else if (e instanceof ImagePullFailed i) {
            EventLines.add(s, i, "Warning", "Failed", i.pod(), "Failed to pull image \"" + i.image()
                    + "\": ErrImagePull");
        } else if (e instanceof ContainerStarted c) {
            EventLines.add(s, c, "Normal", "Started", c.pod(), "Started container " + c.container());
        } else if (e instanceof ContainerRestarted c) {
            restarted(s, c);
        } else if (e instanceof ContainerExited c) {
            exited(s, c);
        } else if (e instanceof ProbeFailed f) {
            probeFailed(s, f);
        } else {
            return false;
        }
        return true;
    }

    private static void pulled(KubeState s, ImagePulled i) {
        EventLines.add(s, i, "Normal", "Pulled", i.pod(), "Successfully pulled image \"" + i.image() + "\" in "
                + i.durationNanos() / 1_000_000 + "ms");
    }

    private static void restarted(KubeState s, ContainerRestarted c) {
        if (c.backoffNanos() > 0) {
            EventLines.add(s, c, "Warning", "BackOff", c.pod(), "Back-off restarting failed container "
                    + c.container() + " (waited " + c.backoffNanos() / 1_000_000_000L + "s)");
        }
    }

    private static void exited(KubeState s, ContainerExited c) {
        if (c.exitCode() != 0) {
            EventLines.add(s, c, "Warning", "Failed", c.pod(), "Container " + c.container() + " exited with code "
                    + c.exitCode());
        }
    }

    private static void probeFailed(KubeState s, ProbeFailed f) {
        EventLines.add(s, f, "Warning", "Unhealthy", f.pod(), EventLines.capital(f.probe()) + " probe failed ("
                + f.consecutiveFailures() + "/" + f.failureThreshold() + ")");
    }
}
