package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
     * Parses and type-checks a program.
     *
     * @param fileName the name to put in problems, e.g. {@code prog.go}
     * @param text the source text (a whole file: {@code package main}, imports, declarations)
     * @return the checked program, with its syntax tree and type information
     * @throws GoProblems the first syntax error, or the branch and label errors, or the type errors and refusals
     *     (up to ten and {@code too many errors}), in source order
     */
    public static CheckedProgram check(String fileName, String text) throws GoProblems {
        SourceFile file = parse(fileName, text);
        try {
            List<GoProblem> branches = new Branches(fileName).check(file);
            if (!branches.isEmpty()) {
                throw new GoProblems(firstTen(fileName, branches));
            }
            Checker c = new Checker(fileName, false, "", StdLib::get);
            c.check(file);
            if (c.hasErrors()) {
                throw new GoProblems(c.problems());
            }
            if (!(c.pkgScope.lookupLocal("main") instanceof Obj.Func main)) {
                throw new GoProblems(List.of(new GoProblem(fileName, file.pkgName().pos(),
                        "function main is undeclared in the main package")));
            }
            return new CheckedProgram(fileName, text, file, c.info, Collections.unmodifiableMap(c.imported), main);
        } catch (StackOverflowError deep) {
            throw new GoProblems(List.of(new GoProblem(fileName, new Pos(1, 1),
                    Unsupported.message("nesting this deep"))));
        } catch (RuntimeException bug) {
            // A defect in Podium, not in the program: still a problem report, never a crash of the caller.
            throw new GoProblems(List.of(new GoProblem(fileName, new Pos(1, 1),
                    "internal error in Podium's Go checker: " + bug)));
        }
    }

    private static List<GoProblem> firstTen(String fileName, List<GoProblem> all) {
        List<GoProblem> first = new ArrayList<>(all.subList(0, Math.min(10, all.size())));
        first.sort(Comparator.comparing(GoProblem::pos));
        if (all.size() >= 10) {
            first.add(new GoProblem(fileName, all.get(9).pos(), "too many errors"));
        }
        return first;
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
