package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The STATUS column as kubectl get pods prints it. */
class PodStatusTextTest {

    private static ContainerStatus waiting(String reason, int restarts) {
        return new ContainerStatusBuilder().withName("app").withRestartCount(restarts).withReady(false)
                .withNewState().withNewWaiting().withReason(reason).endWaiting().endState().build();
    }

    private static ContainerStatus terminated(String reason, int exitCode) {
        return new ContainerStatusBuilder().withName("app").withRestartCount(0).withReady(false)
                .withNewState().withNewTerminated().withReason(reason).withExitCode(exitCode).endTerminated()
                .endState().build();
    }

    private static ContainerStatus running(boolean ready) {
        return new ContainerStatusBuilder().withName("app").withRestartCount(0).withReady(ready)
                .withNewState().withNewRunning().endRunning().endState().build();
    }

    private static Pod pod(String phase, List<ContainerStatus> init, List<ContainerStatus> app, boolean deleting) {
        return new PodBuilder().withNewMetadata().withName("p").withNamespace("ns")
                .withDeletionTimestamp(deleting ? "2026-11-28T00:00:00Z" : null).endMetadata()
                .withNewSpec().addNewInitContainer().withName("init").endInitContainer().addNewContainer()
                .withName("app").endContainer().endSpec()
                .withNewStatus().withPhase(phase).withInitContainerStatuses(init).withContainerStatuses(app)
                .endStatus().build();
    }

    private static String status(Pod pod) {
        return PodStatusText.of(pod).status();
    }

    @Test
    void appContainerStatesNameTheColumn() {
        assertEquals("Pending", status(new PodBuilder().withNewMetadata().withName("p").endMetadata().build()));
        assertEquals("ContainerCreating", status(pod("Pending", List.of(), List.of(waiting("ContainerCreating", 0)),
                false)));
        assertEquals("CrashLoopBackOff", status(pod("Running", List.of(), List.of(waiting("CrashLoopBackOff", 4)),
                false)));
        assertEquals("ImagePullBackOff", status(pod("Pending", List.of(), List.of(waiting("ImagePullBackOff", 0)),
                false)));
        assertEquals("Completed", status(pod("Succeeded", List.of(), List.of(terminated("Completed", 0)), false)));
        assertEquals("Error", status(pod("Failed", List.of(), List.of(terminated("Error", 1)), false)));
        assertEquals("ExitCode:137", status(pod("Failed", List.of(), List.of(terminated(null, 137)), false)));
        assertEquals("Running", status(pod("Running", List.of(), List.of(running(true)), false)));
        assertEquals(4, PodStatusText.of(pod("Running", List.of(), List.of(waiting("CrashLoopBackOff", 4)), false))
                .restarts());
        assertEquals(1, PodStatusText.of(pod("Running", List.of(), List.of(running(true)), false)).readyContainers());
    }

    @Test
    void initContainersAndDeletionWin() {
        assertEquals("Init:0/1", status(pod("Pending", List.of(waiting("PodInitializing", 0)), List.of(), false)));
        assertEquals("Init:ErrImagePull", status(pod("Pending", List.of(waiting("ErrImagePull", 0)), List.of(),
                false)));
        assertEquals("Init:Error", status(pod("Pending", List.of(terminated("Error", 1)), List.of(), false)));
        assertEquals("Running", status(pod("Running", List.of(terminated("Completed", 0)), List.of(running(true)),
                false)));
        assertEquals("Terminating", status(pod("Running", List.of(), List.of(running(true)), true)));
    }
}
