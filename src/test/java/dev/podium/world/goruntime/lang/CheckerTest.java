package dev.podium.world.goruntime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {

    @Test
    void severalErrorsAreReportedTogetherInSourceOrder() {
        String src = """
                package main

                import "os"

                func main() {
                	x := 1
                	y = 2
                	var s string = 3
                }
                """;
        GoProblems p = assertThrows(GoProblems.class, () -> GoSource.check("prog.go", src));
        assertEquals(List.of(
                "prog.go:3:8: \"os\" imported and not used",
                "prog.go:6:2: declared and not used: x",
                "prog.go:7:2: undefined: y",
                "prog.go:8:17: cannot use 3 (untyped int constant) as string value in variable declaration"),
                p.problems().stream().map(GoProblem::firstLine).toList());
    }

    @Test
    void variablesWhoseInitialisationFailedAreNotAlsoReportedUnused() {
        // go build (go1.19.8) prints exactly these five errors for this program
        String src = """
                package main

                func pair() (int, int) { return 1, 2 }

                func main() {
                	a, b := 1
                	c := pair()
                	d := undefinedThing
                	var e int = "x"
                	f, g := pair(), 1
                }
                """;
        GoProblems p = assertThrows(GoProblems.class, () -> GoSource.check("m2.go", src));
        assertEquals(List.of(
                "m2.go:6:10: assignment mismatch: 2 variables but 1 value",
                "m2.go:7:7: assignment mismatch: 1 variable but pair returns 2 values",
                "m2.go:8:7: undefined: undefinedThing",
                "m2.go:9:14: cannot use \"x\" (untyped string constant) as int value in variable declaration",
                "m2.go:10:10: multiple-value pair() (value of type (int, int)) in single-value context"),
                p.problems().stream().map(GoProblem::firstLine).toList());
    }

    @Test
    void aMultiLineMessageKeepsItsHaveAndWantLines() {
        String src = "package main\n\nfunc f(a, b int) {}\n\nfunc main() {\n\tf(1)\n}\n";
        GoProblems p = assertThrows(GoProblems.class, () -> GoSource.check("prog.go", src));
        assertEquals("prog.go:6:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)",
                p.first().toString());
    }

    @Test
    void typeInformationIsRecordedForTheCompiler() throws GoProblems {
        String src = """
                package main

                import (
                	"fmt"
                	"time"
                )

                const n = 3

                func main() {
                	ch := make(chan int, n)
                	d := time.Duration(n) * time.Millisecond
                	fmt.Println(<-ch, d)
                }
                """;
        CheckedProgram p = GoSource.check("prog.go", src);
        Stmt.Block body = p.main().decl().body();
        Stmt.Assign make = (Stmt.Assign) body.stmts().get(0);
        assertEquals("chan int", p.info().typeOf(make.rhs().get(0)).type().toString());
        Obj.Var ch = assertInstanceOf(Obj.Var.class, p.info().defOf((Expr.Ident) make.lhs().get(0)));
        assertTrue(ch.used());
        Stmt.Assign dur = (Stmt.Assign) body.stmts().get(1);
        assertEquals("time.Duration", p.info().typeOf(dur.rhs().get(0)).type().toString());
        Expr.Call println = (Expr.Call) ((Stmt.ExprStmt) body.stmts().get(2)).x();
        Expr.Selector sel = (Expr.Selector) println.fun();
        Obj.Func f = assertInstanceOf(Obj.Func.class, p.info().objectOf(sel.sel()));
        assertEquals("fmt", f.pkg());
        assertEquals(TypeInfo.Kind.COMMA_OK, p.info().typeOf(println.args().get(0)).kind());
        assertEquals(List.of("fmt", "time"), List.copyOf(p.imports().keySet()));
    }

    @Test
    void everyStandardPackageOfTheSubsetIsDeclared() {
        for (String path : List.of("fmt", "sync", "time", "context", "errors", "runtime", "math/rand", "strings",
                "sort", "os", "podium")) {
            assertTrue(StdLib.get(path) != null, path);
        }
        assertEquals("Context", ((Obj.TypeName) StdLib.get("context").members().get("Context")).name());
    }

    @Test
    void labelErrorsStopBeforeTypeChecking() {
        String src = "package main\n\nfunc main() {\n\tx := 1\n\tcontinue\n}\n";
        GoProblems p = assertThrows(GoProblems.class, () -> GoSource.check("prog.go", src));
        assertEquals(List.of("prog.go:5:2: continue is not in a loop"),
                p.problems().stream().map(GoProblem::firstLine).toList());
    }
}
