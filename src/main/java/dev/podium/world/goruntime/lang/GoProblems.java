package dev.podium.world.goruntime.lang;

import java.util.List;

/**
 * A Go program was refused: syntax errors, type errors, or constructs outside Podium's subset. The problems are in
 * source order, at most ten of them followed by a {@code too many errors} line, as the go tool prints them.
 * This is the only exception {@link GoSource#check} throws, whatever the input.
 */
public final class GoProblems extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<GoProblem> problems;

    /** @param problems at least one problem, in the order to print */
    public GoProblems(List<GoProblem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order the go tool would print them. */
    public List<GoProblem> problems() {
        return problems;
    }

    /** The first problem. */
    public GoProblem first() {
        return problems.get(0);
    }

    private static String render(List<GoProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (GoProblem p : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
