package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.List;

/**
 * The STATUS column of {@code kubectl get pods}, computed the way kubectl's table printer does (printPod in
 * k8s.io/kubernetes pkg/printers/internalversion, rewritten here): start from the phase or status.reason; the first
 * init container that has not succeeded decides ({@code Init:ErrImagePull}, {@code Init:0/2}); otherwise the last
 * app container with a waiting or terminated reason decides ({@code ContainerCreating}, {@code CrashLoopBackOff},
 * {@code Completed}, {@code Error}, {@code ImagePullBackOff}); a deletionTimestamp wins ({@code Terminating}, or
 * {@code Unknown} for a lost node). Also the ready and restart counts kubectl shows. Stateless.
 */
final class PodStatusText {

    static final String TERMINATING = "Terminating";

    /** The counts and text for one pod. */
    record Result(String status, int readyContainers, int restarts) {
    }

    private PodStatusText() {
    }

    static Result of(Pod pod) {
        PodStatus st = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        String reason = st.getPhase() == null || st.getPhase().isEmpty() ? "Pending" : st.getPhase();
        if (st.getReason() != null && !st.getReason().isEmpty()) {
            reason = st.getReason();
        }
        int restarts = 0;
        int readyContainers = 0;
        boolean initializing = false;
        List<ContainerStatus> inits = st.getInitContainerStatuses();
        int initCount = pod.getSpec() == null ? 0 : pod.getSpec().getInitContainers().size();
        for (int i = 0; i < inits.size(); i++) {
            ContainerStatus c = inits.get(i);
            restarts += c.getRestartCount() == null ? 0 : c.getRestartCount();
            ContainerStateTerminated term = c.getState() == null ? null : c.getState().getTerminated();
            ContainerStateWaiting wait = c.getState() == null ? null : c.getState().getWaiting();
            if (term != null && exitCode(term) == 0) {
                continue;
            }
            if (Boolean.TRUE.equals(c.getStarted()) && term == null && wait == null) {
                continue; // a running sidecar (restartable init container) does not hold initialization up
            }
            if (term != null) {
                reason = nonEmpty(term.getReason()) ? "Init:" + term.getReason()
                        : term.getSignal() != null && term.getSignal() != 0 ? "Init:Signal:" + term.getSignal()
                        : "Init:ExitCode:" + exitCode(term);
            } else if (wait != null && nonEmpty(wait.getReason()) && !"PodInitializing".equals(wait.getReason())) {
                reason = "Init:" + wait.getReason();
            } else {
                reason = "Init:" + i + "/" + Math.max(initCount, inits.size());
            }
            initializing = true;
            break;
        }
        if (!initializing || condition(st, "Initialized")) {
            restarts = 0;
            boolean hasRunning = false;
            List<ContainerStatus> containers = st.getContainerStatuses();
            for (int i = containers.size() - 1; i >= 0; i--) {
                ContainerStatus c = containers.get(i);
                restarts += c.getRestartCount() == null ? 0 : c.getRestartCount();
                ContainerStateTerminated term = c.getState() == null ? null : c.getState().getTerminated();
                ContainerStateWaiting wait = c.getState() == null ? null : c.getState().getWaiting();
                boolean running = c.getState() != null && c.getState().getRunning() != null;
                if (wait != null && nonEmpty(wait.getReason())) {
                    reason = wait.getReason();
                } else if (term != null && nonEmpty(term.getReason())) {
                    reason = term.getReason();
                } else if (term != null) {
                    reason = term.getSignal() != null && term.getSignal() != 0 ? "Signal:" + term.getSignal()
                            : "ExitCode:" + exitCode(term);
                } else if (running && Boolean.TRUE.equals(c.getReady())) {
                    hasRunning = true;
                    readyContainers++;
                }
            }
            if ("Completed".equals(reason) && hasRunning) {
                reason = condition(st, "Ready") ? "Running" : "NotReady";
            }
        }
        if (pod.getMetadata() != null && pod.getMetadata().getDeletionTimestamp() != null) {
            reason = "NodeLost".equals(st.getReason()) ? "Unknown" : TERMINATING;
        }
        return new Result(reason, readyContainers, restarts);
    }

    /** Whether the pod's condition {@code type} is True. */
    static boolean condition(PodStatus st, String type) {
        for (PodCondition c : st.getConditions()) {
            if (type.equals(c.getType())) {
                return "True".equals(c.getStatus());
            }
        }
        return false;
    }

    private static int exitCode(ContainerStateTerminated term) {
        return term.getExitCode() == null ? 0 : term.getExitCode();
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
