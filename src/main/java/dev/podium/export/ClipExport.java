package dev.podium.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The export loop: for each frame of a {@link ClipPlan}, the picture from the {@link FrameSource} goes to the
 * encoder of the format, and progress is reported. Cancelling (the supplier turns true) or a failure removes the
 * partial file. Runs on the calling thread (a worker, never the FX thread: the frame source waits for the FX thread
 * to draw each frame).
 */
public final class ClipExport {
    private ClipExport() {
    }

    /** What was written. */
    public record Result(Path file, int frames, int width, int height) {
    }

    /** Writes the clip of {@code plan} as {@code format} (GIF or MP4) to {@code file}. */
    public static Result write(ExportFormat format, ClipPlan plan, FrameSource source, Path file,
                               ExportProgress progress, BooleanSupplier cancelled) throws ExportException {
        if (!format.isClip()) {
            throw new IllegalArgumentException(format + " is a picture, not a clip");
        }
        int total = plan.frameCount();
        Frame first = null;
        boolean done = false;
        try (ClipEncoder encoder = open(format, file, plan.fps())) {
            for (int i = 0; i < total; i++) {
                if (cancelled.getAsBoolean()) {
                    throw new ExportCancelledException();
                }
                Frame frame = source.frameAt(plan.timeOf(i));
                first = first == null ? frame : first;
                encoder.add(frame);
                progress.framesDone(i + 1, total);
            }
            encoder.finish();
            done = true;
            return new Result(file, total, first.width(), first.height());
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                deleteQuietly(file);
            }
        }
    }

    /** Writes the stage at {@code simNanos} as a PNG. */
    public static Result writePicture(FrameSource source, long simNanos, Path file) throws ExportException {
        Frame frame = source.frameAt(simNanos);
        try {
            PngWriter.write(frame, file);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return new Result(file, 1, frame.width(), frame.height());
    }

    private static ClipEncoder open(ExportFormat format, Path file, int fps) throws IOException {
        return format == ExportFormat.GIF ? new GifEncoder(file, fps) : new Mp4Encoder(file, fps);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The export failed already; a partial file that cannot be removed is left for the user.
        }
    }
}
