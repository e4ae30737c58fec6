package dev.podium.ui.goruntime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of the program a run started: the source the run recorded ({@code GoProgramLoaded}, {@link #split}),
 * or, for a recording made before runs recorded it, the {@code .go} file named by {@code RuntimeStarted.fileName}
 * on disk or a built-in lesson's file on the class path ({@code simulations/...}); when neither is there,
 * {@link #load} gives an empty list and the view says so.
 */
final class SourceText {
    private static final int MAX_BYTES = 1 << 20;

    private SourceText() {
    }

    /** The lines of {@code fileName} (without line ends), or an empty list if it is not a readable .go file. */
    static List<String> load(String fileName) {
        if (fileName == null || !fileName.endsWith(".go")) {
            return List.of();
        }
        try {
            Path path = Path.of(fileName);
            if (Files.isRegularFile(path) && Files.size(path) <= MAX_BYTES) {
                return split(Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException | InvalidPathException | java.io.UncheckedIOException e) {
            return List.of();
        }
        try (InputStream in = SourceText.class.getClassLoader().getResourceAsStream(fileName)) {
            if (in != null) {
                byte[] bytes = in.readNBytes(MAX_BYTES);
                return split(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.of();
    }

    static List<String> split(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(t.replace("\t", "    ").split("\r?\n", -1));
    }
}
