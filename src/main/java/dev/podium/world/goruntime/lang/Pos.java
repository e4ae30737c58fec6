package dev.podium.world.goruntime.lang;

/**
 * A position in a Go source file, as the go tool reports it: a 1-based line and a 1-based column counted in
 * UTF-8 bytes (a tab is one byte, {@code 世} is three). Immutable.
 *
 * @param line 1-based line
 * @param column 1-based column, in bytes of UTF-8 from the start of the line
 */
public record Pos(int line, int column) implements Comparable<Pos> {

    /** Orders by line, then column. */
    @Override
    public int compareTo(Pos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    /** {@code line:column}. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
