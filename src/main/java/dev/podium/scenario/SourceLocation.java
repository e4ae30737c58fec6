package dev.podium.scenario;

import java.util.Objects;

/**
 * A place in a scenario source: the file name as the user gave it, a 1-based line and a 1-based column.
 *
 * <p>Line 0 (with column 0) means "the whole source, no particular position": it is used for problems
 * such as a file that is too large and for values created in code rather than read from a file (file
 * {@code "<user>"}). {@link #toString()} prints {@code file:line:column}, or just {@code file} when the
 * line is 0. Immutable.
 */
public record SourceLocation(String file, int line, int column) {

    /** The location of values that were created in code, not read from a file. */
    static final SourceLocation USER = new SourceLocation("<user>", 0, 0);

    /** Checks the file name is present and the line and column are not negative. */
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    /** The whole of {@code file}, with no position in it. */
    public static SourceLocation wholeFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /** {@code file:line:column}, or {@code file} alone when there is no position. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
