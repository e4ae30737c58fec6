package dev.podium.world.kube.api;

/** The type of a watch event, as the API sends it. */
public enum WatchType {
    ADDED, MODIFIED, DELETED
}
