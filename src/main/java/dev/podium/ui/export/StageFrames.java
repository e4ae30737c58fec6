package dev.podium.ui.export;

import dev.podium.export.ExportException;
import dev.podium.export.Frame;
import dev.podium.export.FrameSource;

/** A {@link StageRenderer} as a frame source for a worker thread: each frame is drawn on the FX thread. */
final class StageFrames implements FrameSource {
    private final StageRenderer renderer;

    StageFrames(StageRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Frame frameAt(long simNanos) throws ExportException {
        try {
            return FxThread.call(() -> renderer.frameAt(simNanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while drawing the stage at " + simNanos + " ns");
        } catch (RuntimeException e) {
            throw new ExportException("cannot draw the stage: " + e, e);
        }
    }
}
