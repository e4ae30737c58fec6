package dev.podium.export;

import java.nio.file.Path;
import java.util.Locale;

/** What an export writes: one picture at a time, or a time range as an animation or a video. */
public enum ExportFormat {
    /** One PNG picture of the stage at one time. */
    PNG("png", 1),
    /** An animated GIF that loops, with a palette of at most 256 colours per frame. */
    GIF("gif", 15),
    /** An MP4 video, H.264. */
    MP4("mp4", 30);

    private final String extension;
    private final int defaultFps;

    ExportFormat(String extension, int defaultFps) {
        this.extension = extension;
        this.defaultFps = defaultFps;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Frames per second of output when the user names none. */
    public int defaultFps() {
        return defaultFps;
    }

    /** True for the formats that export a time range. */
    public boolean isClip() {
        return this != PNG;
    }

    /** The format a file name's extension names ({@code .png}, {@code .gif}, {@code .mp4}), or null. */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return format;
            }
        }
        return null;
    }
}
