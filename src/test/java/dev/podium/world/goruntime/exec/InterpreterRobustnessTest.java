package dev.podium.world.goruntime.exec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.goruntime.lang.CheckedProgram;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.GoSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated corpus programs (lines deleted, duplicated, swapped) that still type-check must compile and run to an
 * end the runtime understands: never a Java exception out of the compiler or a goroutine, never an internal error.
 */
class InterpreterRobustnessTest {

    @Test
    void mutatedProgramsThatCheckAlsoCompileAndRun() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/test/resources/go/run", "src/test/resources/go/good")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".go")).sorted().forEach(files::add);
            }
        }
        Random rnd = new Random(9);
        int ran = 0;
        for (int round = 0; round < 600; round++) {
            Path f = files.get(rnd.nextInt(files.size()));
            List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(f).split("\n")));
            int a = 3 + rnd.nextInt(Math.max(1, lines.size() - 3));
            int b = 3 + rnd.nextInt(Math.max(1, lines.size() - 3));
            if (a >= lines.size() || b >= lines.size()) {
                continue;
            }
            switch (rnd.nextInt(3)) {
                case 0 -> lines.remove(a);
                case 1 -> lines.add(a, lines.get(b));
                default -> {
                    String t = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, t);
                }
            }
            String text = String.join("\n", lines);
            CheckedProgram cp;
            try {
                cp = GoSource.check("m.go", text);
            } catch (GoProblems p) {
                continue;
            }
            GoInterpreter prog;
            try {
                prog = GoInterpreter.compile(cp, 2);
            } catch (GoProblems p) {
                assertFalse(p.getMessage().contains("internal error"), f + " round " + round + ": " + p.getMessage()
                        + "\n" + text);
                continue;
            }
            TestRuntime rt = new TestRuntime(prog, round);
            rt.maxSteps = 200_000;
            TestRuntime.Result r = rt.run();
            assertFalse(r.stderr().contains("internal error"), f + " round " + round + ": " + r.stderr()
                    + "\n" + text);
            ran++;
        }
        System.out.println("mutants run: " + ran);
        assertTrue(ran > 50, "enough mutants ran: " + ran);
    }
}
