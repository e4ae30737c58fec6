package dev.podium.export;

/** Hears how far an export is; called on the export's thread after each frame is encoded. */
@FunctionalInterface
public interface ExportProgress {
    /** {@code done} of {@code total} frames are in the file. */
    void framesDone(int done, int total);

    /** Hears nothing. */
    ExportProgress NONE = (done, total) -> { };
}
