package dev.podium.world.goruntime.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-ish: truncations and random mutations of the good programs never make {@link GoSource#check} throw anything
 * but {@link GoProblems}, never report an internal error, and finish (a hang fails the generous timeout; the
 * speed target itself is not a unit test's business).
 */
class GoSourceRobustnessTest {

    private static final String[] JUNK = {"{", "}", "(", ")", "[", "]", ",", ";", ":=", "=", "<-", "chan", "func",
        "go", "select", "case", "default:", "range", "x", "\"", "`", "'", "/*", "//", "\n", ".", "...", "*", "&",
        "0x", "1e", "interface{}", "struct{", "map[", "for", "if", "else", "return", "var", "type", "L:", "break L",
        "世界", "\t", "9999999999999999999999", "nil", "iota", "make(", "len(", "%"};

    @Test
    void truncatedProgramsOnlyEverReportProblems() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String name : GoCorpus.good()) {
                String src = GoCorpus.read("good/" + name);
                for (int cut = 0; cut < src.length(); cut += 7) {
                    checkSurvives(name, src.substring(0, cut));
                }
            }
        });
    }

    @Test
    void mutatedProgramsOnlyEverReportProblems() {
        Random rnd = new Random(20261127L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String name : GoCorpus.good()) {
                String src = GoCorpus.read("good/" + name);
                for (int round = 0; round < 150; round++) {
                    StringBuilder sb = new StringBuilder(src);
                    int edits = 1 + rnd.nextInt(3);
                    for (int k = 0; k < edits; k++) {
                        int at = rnd.nextInt(sb.length());
                        switch (rnd.nextInt(3)) {
                            case 0 -> sb.insert(at, JUNK[rnd.nextInt(JUNK.length)]);
                            case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(6)));
                            default -> sb.setCharAt(at, (char) (32 + rnd.nextInt(95)));
                        }
                    }
                    checkSurvives(name, sb.toString());
                }
            }
        });
    }

    @Test
    void deeplyNestedInputIsRefusedNotOverflowed() {
        String deep = "package main\n\nfunc main() {\n\t_ = " + "(".repeat(50_000) + "1" + ")".repeat(50_000)
                + "\n}\n";
        checkSurvives("deep.go", deep);
    }

    private static void checkSurvives(String name, String text) {
        try {
            GoSource.check(name, text);
        } catch (GoProblems p) {
            assertFalse(p.problems().isEmpty());
            for (GoProblem x : p.problems()) {
                if (x.message().startsWith("internal error")) {
                    fail("internal error on:\n" + text + "\n---\n" + p.getMessage());
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("crashed on:\n" + text, e);
        }
    }
}
