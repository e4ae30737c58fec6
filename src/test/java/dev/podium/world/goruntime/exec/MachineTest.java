package dev.podium.world.goruntime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.GoSource;
import dev.podium.world.goruntime.rt.GoBody;
import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.Yield;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interpreter's side of the GoBody contract: budgets, simulated CPU, Ops, stacks, Go 1.22 semantics. */
class MachineTest {

    private static GoBody body(String src, long ns) throws GoProblems {
        return GoInterpreter.compile(GoSource.check("prog.go", src), ns).main();
    }

    @Test
    void aBusyLoopReturnsRanAtTheBudgetAndResumesWhereItStopped() throws Exception {
        GoBody b = body("""
                package main

                import "fmt"

                func main() {
                	s := 0
                	for i := 0; i < 10000; i++ {
                		s += i
                	}
                	fmt.Println(s)
                }
                """, 3);
        GoBody.Clock c = ParkedGoroutineSizeTest.clock();
        int rans = 0;
        long total = 0;
        Yield y;
        while ((y = b.resume(null, 1000, c)) instanceof Yield.Ran r) {
            rans++;
            total += r.cpuNanos();
            assertTrue(r.cpuNanos() >= 1000 && r.cpuNanos() < 1000 + 3, "overshoot at most one instruction");
        }
        assertTrue(rans > 50, "a 10,000-iteration loop at 3 ns an instruction uses many 1 µs slices: " + rans);
        Op.Write w = (Op.Write) ((Yield.Call) y).op();
        assertEquals("49995000\n", w.text());
        assertEquals(1, w.fd());
        assertEquals(10, w.site());
        total += y.cpuNanos();
        assertEquals(0, total % 3, "CPU is counted per instruction");
    }

    @Test
    void workBurnsItsDurationAcrossResumesAndSyscallIsAnOp() throws Exception {
        GoBody b = body("""
                package main

                import (
                	"podium"
                	"time"
                )

                func main() {
                	podium.Work(time.Millisecond)
                	podium.Syscall(20 * time.Microsecond)
                }
                """, 1);
        GoBody.Clock c = ParkedGoroutineSizeTest.clock();
        long cpu = 0;
        int rans = 0;
        Yield y;
        while ((y = b.resume(null, 100_000, c)) instanceof Yield.Ran r) {
            rans++;
            cpu += r.cpuNanos();
        }
        cpu += y.cpuNanos();
        assertEquals(10, rans, "1 ms of work in 100 µs slices");
        assertTrue(cpu >= 1_000_000 && cpu < 1_000_100, "cpu " + cpu);
        Op.Syscall s = (Op.Syscall) ((Yield.Call) y).op();
        assertEquals(20_000, s.nanos());
        assertEquals(10, s.site());
        assertInstanceOf(Yield.Exited.class, b.resume(null, 100_000, c));
    }

    @Test
    void stackAndLineNameTheGoFunctions() throws Exception {
        GoBody b = body("""
                package main

                func worker(ch chan int) {
                	ch <- 1
                }

                func main() {
                	ch := make(chan int)
                	worker(ch)
                }
                """, 1);
        GoBody.Clock c = ParkedGoroutineSizeTest.clock();
        Yield y = b.resume(null, 1000, c);
        assertInstanceOf(Op.MakeChan.class, ((Yield.Call) y).op());
        y = b.resume(dev.podium.world.goruntime.rt.ExecTestHandles.chan(1, 0), 1000, c);
        assertInstanceOf(Op.Send.class, ((Yield.Call) y).op());
        assertEquals(4, b.line());
        List<GoBody.StackFrame> st = b.stack();
        assertEquals("main.worker", st.get(0).function());
        assertEquals(4, st.get(0).line());
        assertEquals("main.main", st.get(1).function());
        assertEquals(9, st.get(1).line());
        assertEquals("prog.go", st.get(0).file());
    }

    @Test
    void aFaultResultRaisesAPanicThatRecoverSees() throws Exception {
        String src = """
                package main

                import "fmt"

                func main() {
                	defer func() { fmt.Println("recovered:", recover()) }()
                	ch := make(chan int, 1)
                	close(ch)
                	ch <- 1
                }
                """;
        TestRuntime.Result r = RunGo.run("prog.go", src, 1);
        assertEquals("recovered: send on closed channel\n", r.stdout());
        assertEquals(0, r.exit());
    }

    @Test
    void loopVariablesArePerIterationAsInGo122() throws Exception {
        TestRuntime.Result r = RunGo.run("prog.go", """
                package main

                import "fmt"

                func main() {
                	var fs []func() int
                	for i := 0; i < 3; i++ {
                		fs = append(fs, func() int { return i })
                	}
                	for _, v := range []int{10, 20} {
                		fs = append(fs, func() int { return v })
                	}
                	for _, f := range fs {
                		fmt.Print(f(), " ")
                	}
                }
                """, 1);
        assertEquals("0 1 2 10 20 ", r.stdout());
    }

    @Test
    void mapRangeOrderIsRandomButDeterministicPerSeed() throws Exception {
        String src = """
                package main

                import "fmt"

                func main() {
                	m := map[int]bool{}
                	for i := 0; i < 20; i++ {
                		m[i] = true
                	}
                	for r := 0; r < 3; r++ {
                		for k := range m {
                			fmt.Print(k, " ")
                		}
                		fmt.Println()
                	}
                }
                """;
        String a = RunGo.run("prog.go", src, 1).stdout();
        assertEquals(a, RunGo.run("prog.go", src, 1).stdout(), "same seed, same order");
        List<String> lines = new ArrayList<>(List.of(a.split("\n")));
        assertTrue(lines.stream().distinct().count() > 1 || !a.equals(RunGo.run("prog.go", src, 2).stdout()),
                "the order varies between ranges or seeds");
        assertNotEquals("0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 ", lines.get(0) + " "
                + "", "not simply insertion order every time");
    }

    @Test
    void constructsTheInterpreterDoesNotRunAreRefusedAtTheirPosition() {
        GoProblems p = assertThrows(GoProblems.class, () -> body("""
                package main

                func main() {
                	x := new(int)
                	_ = x
                }
                """, 1));
        assertTrue(p.getMessage().startsWith("prog.go:4:7: "), p.getMessage());
        assertTrue(p.getMessage().contains("not supported by Podium's Go subset"), p.getMessage());
    }

    @Test
    void goStatementsHandTheRuntimeANewBodyWithItsFunctionName() throws Exception {
        GoBody b = body("""
                package main

                func main() {
                	go func() {}()
                }
                """, 1);
        Yield y = b.resume(null, 1000, ParkedGoroutineSizeTest.clock());
        Op.Go g = (Op.Go) ((Yield.Call) y).op();
        assertEquals("main.main.func1", g.function());
        assertEquals(4, g.site());
        assertInstanceOf(Yield.Exited.class, g.body().resume(null, 1000, ParkedGoroutineSizeTest.clock()));
    }

    @Test
    void theLessonsPodiumProgramRunsAndItsWorkTakesSimulatedTime() throws Exception {
        String src = java.nio.file.Files.readString(java.nio.file.Path.of(
                "simulations/go/hello_podium/main.go"));
        TestRuntime.Result r = RunGo.run("main.go", src, 1);
        assertEquals("3 workers done\n", r.stdout());
        assertTrue(r.nowNanos() >= 6_000_000, "3 × 2 ms of work on the test runtime's one P: " + r.nowNanos());
    }
}
