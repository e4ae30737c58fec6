package dev.podium.scenario;

/**
 * Where a piece of YAML text sits in the user's file, so that problems found while reading the piece on its
 * own point into the file the user edits.
 *
 * <p>A whole file is read with offsets 0. Text taken from a literal block scalar ({@code manifests: |}) is read
 * with {@code lineOffset} = the line of the {@code |} and {@code columnOffset} = the block's indentation: every
 * line of such a block is the file's line shifted down and its column shifted right by the same amounts. Text
 * whose lines do not map one to one (a folded {@code >} block, a quoted string, text built in code) is named
 * {@code file#part} and keeps its own line and column, so a message never claims a place it is not at.
 * Immutable.
 */
public record TextOrigin(String file, int lineOffset, int columnOffset) {

    /** A whole file, read as it is. */
    public static TextOrigin of(String file) {
        return new TextOrigin(file, 0, 0);
    }

    /** The place in the user's file of {@code line} and {@code column} (both 1-based) of the text read. */
    public SourceLocation at(int line, int column) {
        return new SourceLocation(file, Math.max(1, line) + lineOffset, Math.max(1, column) + columnOffset);
    }
}
