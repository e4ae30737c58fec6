package dev.podium.cli;

import java.nio.file.Path;

/**
 * Podium's own file extensions, which the installers associate with the app: {@code .podium.jsonl} for
 * recordings and {@code .podium.yaml} for scenarios (lessons). An {@code --out} name without any extension gets the
 * one that fits; a name with an extension is kept as written.
 */
final class PodiumFiles {
    /** A recording. */
    static final String RECORDING = ".podium.jsonl";
    /** A scenario (lesson). */
    static final String SCENARIO = ".podium.yaml";

    private PodiumFiles() {
    }

    /** {@code out}, with {@code extension} appended if its file name has no extension. */
    static Path withDefaultExtension(Path out, String extension) {
        if (out == null || out.getFileName() == null) {
            return out;
        }
        String name = out.getFileName().toString();
        return name.indexOf('.', 1) >= 0 ? out : out.resolveSibling(name + extension);
    }
}
