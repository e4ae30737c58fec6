package dev.podium.ui.kube;

/** The stages of a controller's pipeline, left to right, as the reconcile tab draws them. */
enum Stage {
    API, REFLECTOR, FIFO, INDEXER, HANDLERS, QUEUE, WORKERS, DELAYED, RESULT;

    static final Stage[] ALL = values();
}
