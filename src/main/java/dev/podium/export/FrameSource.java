package dev.podium.export;

/**
 * Makes the picture of the stage at a simulated time. Called by the export loop from its own thread, with times
 * that only grow; an implementation that draws on another thread (the FX thread) waits for it there.
 */
@FunctionalInterface
public interface FrameSource {
    /** The stage at {@code simNanos}. */
    Frame frameAt(long simNanos) throws ExportException;
}
