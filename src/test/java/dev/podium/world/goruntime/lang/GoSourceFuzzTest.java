package dev.podium.world.goruntime.lang;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.fuzz.FuzzCheck;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the Go subset's front end on a {@code .go} file: lexer, parser and type checker
 * ({@link GoSource#check}). It returns a checked program or {@link GoProblems} whose problems each name
 * {@code file:line:column}, and never an internal error. Seeds: the good Go corpus and the seed programs
 * ({@code GoSourceFuzzTestInputs/goFile}).
 */
class GoSourceFuzzTest {
    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "/dev/podium/fuzz/go.dict")
    void goFile(byte[] data) {
        FuzzCheck.check("go source", new String(data, StandardCharsets.UTF_8), GoProblems.class,
                FuzzCheck.NAMES_LINE, text -> {
                    try {
                        GoSource.check("fuzz.go", text);
                    } catch (GoProblems p) {
                        for (GoProblem x : p.problems()) {
                            if (x.message().startsWith("internal error")) {
                                throw new AssertionError("internal error: " + p.getMessage(), p);
                            }
                        }
                        throw p;
                    }
                });
    }
}
