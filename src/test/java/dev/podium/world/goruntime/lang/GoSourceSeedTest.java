package dev.podium.world.goruntime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed guide's Go examples parse as written; the client-go one is then refused, not crashed on. */
class GoSourceSeedTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1_informer.go", "2_1_goroutine.go", "2_2_buffered.go", "2_2_select.go", "2_3_mutex.go",
        "2_3_waitgroup.go", "2_3_once.go", "2_5_context.go"})
    void seedExampleParsesAsWritten(String name) throws GoProblems {
        SourceFile f = GoSource.parse(name, GoCorpus.read("seed/" + name));
        assertFalse(f.decls().isEmpty());
    }

    @Test
    void clientGoExampleIsRefusedWithPositionsNotACrash() {
        GoProblems p = assertThrows(GoProblems.class,
                () -> GoSource.check("informer.go", GoCorpus.read("seed/1_informer.go")));
        assertEquals("informer.go:5:16: undefined: informer", p.first().firstLine());
        assertTrue(p.problems().stream().anyMatch(x -> x.message().equals(
                "a type assertion is not supported by Podium's Go subset")), p.getMessage());
    }

    @Test
    void selectExampleParsesIntoThreeClausesWithADefault() throws GoProblems {
        SourceFile f = GoSource.parse("s.go", GoCorpus.read("seed/2_2_select.go"));
        Stmt.Select sel = (Stmt.Select) ((Decl.Func) f.decls().get(0)).body().stmts().get(0);
        assertEquals(3, sel.clauses().size());
        assertTrue(sel.clauses().get(0).comm() instanceof Stmt.Assign);
        assertTrue(sel.clauses().get(1).comm() instanceof Stmt.Send);
        assertEquals(null, sel.clauses().get(2).comm());
    }
}
