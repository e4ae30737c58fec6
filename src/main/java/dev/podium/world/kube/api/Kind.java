package dev.podium.world.kube.api;

/** The resources the simulated API server stores; {@link #resource()} is the REST name used in informer names. */
public enum Kind {
    POD("pods"), NODE("nodes"), REPLICASET("replicasets"), DEPLOYMENT("deployments"),
    HPA("horizontalpodautoscalers"), SERVICE("services"), ENDPOINTS("endpoints"),
    /** Objects of every kind a CustomResourceDefinition registered (one store; see {@link CustomObject}). */
    CUSTOM("customresources"), SECRET("secrets"),
    /** Workload controllers beyond Deployments (see {@code dev.podium.world.kube.workload}). */
    STATEFULSET("statefulsets"), DAEMONSET("daemonsets"), JOB("jobs");

    private final String resource;

    Kind(String resource) {
        this.resource = resource;
    }

    /** Plural lower-case resource name, e.g. "pods". */
    public String resource() {
        return resource;
    }
}
