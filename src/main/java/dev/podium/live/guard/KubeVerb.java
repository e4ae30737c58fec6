package dev.podium.live.guard;

/**
 * The Kubernetes verb of an HTTP request, as RBAC names it, plus {@link #CONNECT} for exec, attach, port-forward
 * and proxy (which run commands or reach into pods even when sent as GET) and {@link #OTHER} for any other method.
 * Only {@link #GET}, {@link #LIST} and {@link #WATCH} read; everything else changes or reaches into the cluster.
 */
public enum KubeVerb {
    GET, LIST, WATCH, CREATE, UPDATE, PATCH, DELETE, DELETECOLLECTION, CONNECT, OTHER;

    /** True for the verbs a read-only session may send. */
    public boolean isReadOnly() {
        return this == GET || this == LIST || this == WATCH;
    }
}
