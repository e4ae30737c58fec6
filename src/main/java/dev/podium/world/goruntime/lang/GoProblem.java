package dev.podium.world.goruntime.lang;

/**
 * One problem in a Go source file, worded as the go tool words it. A message may span several lines (the go tool's
 * {@code have (...)} / {@code want (...)} follow-ups); they are kept in the message, separated by {@code \n\t}.
 *
 * @param file the file name as given to {@link GoSource#check}
 * @param pos where, line and byte column
 * @param message what, without the position
 */
public record GoProblem(String file, Pos pos, String message) {

    /** {@code file:line:column: message}, as the go tool prints it. */
    @Override
    public String toString() {
        return file + ":" + pos.line() + ":" + pos.column() + ": " + message;
    }

    /** The first line of {@link #toString()}: what a test of a bad program compares. */
    public String firstLine() {
        String s = toString();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
