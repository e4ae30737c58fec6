package dev.podium.world.goruntime.lang;

import java.util.List;

/**
 * The front door of the Go language front end: parse and check one Go source file of Podium's subset.
 *
 * <p>Contract: for any input text, {@link #check} either returns a {@link CheckedProgram} or throws
 * {@link GoProblems}; it throws nothing else (a bug in Podium excepted). Problems carry
 * {@code file:line:column: message} in the go tool's wording, columns in UTF-8 bytes. Syntax errors stop at the
 * first one; type errors are reported together, in source order, at most ten followed by {@code too many errors},
 * as the go tool prints them. Constructs outside the subset are refused with
 * {@code <construct> is not supported by Podium's Go subset}.
 *
 * <p>Stateless and thread-safe: each call parses and checks on the calling thread with its own objects.
 */
public final class GoSource {

    private GoSource() {
    }

    /**
     * Parses without type checking: the syntax tree of a file, or its first syntax error.
     *
     * @param fileName the name to put in problems, e.g. {@code prog.go}
     * @param text the source text
     * @return the syntax tree
     * @throws GoProblems with exactly one problem: the first syntax error or refused construct
     */
    public static SourceFile parse(String fileName, String text) throws GoProblems {
        try {
            return new Parser(text).file();
        } catch (ParseStop stop) {
            throw new GoProblems(List.of(new GoProblem(fileName, stop.pos, stop.getMessage())));
        } catch (StackOverflowError deep) {
            throw new GoProblems(List.of(new GoProblem(fileName, new Pos(1, 1),
                    Unsupported.message("nesting this deep"))));
        }
    }
}
