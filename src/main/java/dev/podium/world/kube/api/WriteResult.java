package dev.podium.world.kube.api;

/** What a write returned: OK, or the HTTP error a controller sees. */
public enum WriteResult {
    OK, CONFLICT, NOT_FOUND, ALREADY_EXISTS;

    /** The reason string shown in ReconcileFinished ("" for OK). */
    public String reason() {
        switch (this) {
            case CONFLICT:
                return "Conflict";
            case NOT_FOUND:
                return "NotFound";
            case ALREADY_EXISTS:
                return "AlreadyExists";
            default:
                return "";
        }
    }
}
