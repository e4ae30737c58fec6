package dev.podium.ui.kube;

/**
 * The colour classes of kubectl's STATUS column, in legend order. Each maps to a {@code -pd-pod-*} token and
 * has its own shape cue in the painters (hollow, badge, cross), so no state depends on colour alone.
 */
enum PodStatus {
    PENDING("-pd-pod-pending", "pending"),
    CREATING("-pd-pod-creating", "creating"),
    RUNNING("-pd-pod-running", "running"),
    TERMINATING("-pd-pod-terminating", "terminating"),
    CRASHLOOP("-pd-pod-crashloop", "crashloop"),
    FAILED("-pd-pod-failed", "failed"),
    SUCCEEDED("-pd-pod-succeeded", "succeeded");

    /** All values, cached (values() clones its array on every call). */
    static final PodStatus[] ALL = values();

    final String token;
    final String key;

    PodStatus(String token, String key) {
        this.token = token;
        this.key = key;
    }

    /** The class of a kubectl STATUS string ("Running", "Init:0/1", "ImagePullBackOff", ...). */
    static PodStatus of(String status) {
        if (status == null) {
            return PENDING;
        }
        switch (status) {
            case "Running":
                return RUNNING;
            case "Terminating":
                return TERMINATING;
            case "CrashLoopBackOff":
            case "Error":
            case "ErrImagePull":
            case "ImagePullBackOff":
                return CRASHLOOP;
            case "Failed":
            case "Evicted":
            case "Unknown":
                return FAILED;
            case "Completed":
            case "Succeeded":
                return SUCCEEDED;
            case "Pending":
                return PENDING;
            default:
                return CREATING; // ContainerCreating, PodInitializing, Init:n/m
        }
    }
}
