package dev.podium.live.kubeconfig;

import dev.podium.live.log.Redactor;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A kubeconfig, a context or its credentials cannot be used. The message is written for a person: it names the
 * file (and {@code line:column} when the YAML parser or our reader knows it), says what is wrong and, where one
 * exists, what to do. It never contains a secret (messages pass through {@link Redactor}) nor a stack trace.
 */
public final class LiveConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    /** A problem at {@code line:column} of {@code file}; line 0 means the whole file, {@code file} may be null. */
    public LiveConfigException(Path file, int line, int column, String problem) {
        super(Redactor.scrub(format(file, line, column, problem)));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = Redactor.scrub(problem);
    }

    /** A problem with the whole of {@code file} (which may be null when no file is involved). */
    public LiveConfigException(Path file, String problem) {
        this(file, 0, 0, problem);
    }

    /** The file the problem is in, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The problem alone, without the file and position. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, int column, String problem) {
        if (file == null) {
            return problem;
        }
        String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
        return where + ": " + problem;
    }
}
