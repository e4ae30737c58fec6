package dev.podium.world.goruntime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus: good programs check clean; each bad program's first problem is the committed expected line. The
 * positions were taken from go build (go1.19.8) and the wording is Go 1.20+ (see go/bad/README.md).
 */
class GoCorpusTest {

    static Stream<String> goodPrograms() {
        return GoCorpus.good().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodPrograms")
    void goodProgramChecksClean(String name) throws GoProblems {
        CheckedProgram p = GoSource.check(name, GoCorpus.read("good/" + name));
        assertNotNull(p.main(), "main is found");
        assertEquals(name, p.fileName());
    }

    static Stream<Arguments> badPrograms() {
        return GoCorpus.expected("bad").entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPrograms")
    void badProgramReportsItsFirstErrorAsGoDoes(String name, String expected) {
        GoProblems p = assertThrows(GoProblems.class, () -> GoSource.check(name, GoCorpus.read("bad/" + name)));
        assertEquals(expected, p.first().firstLine());
    }

    static Stream<Arguments> syntaxErrors() {
        Map<String, String> exp = GoCorpus.expected("syntax");
        return exp.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void syntaxErrorIsReportedAtTheGoToolsPosition(String name, String expected) {
        GoProblems p = assertThrows(GoProblems.class, () -> GoSource.check(name, GoCorpus.read("syntax/" + name)));
        assertEquals(1, p.problems().size(), "the parser stops at its first error");
        assertEquals(expected, p.first().firstLine());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPrograms")
    void refusalsUseTheOneWording(String name, String expected) {
        if (name.startsWith("refuse_")) {
            assertTrue(expected.endsWith(" is not supported by Podium's Go subset"), expected);
        }
    }
}
