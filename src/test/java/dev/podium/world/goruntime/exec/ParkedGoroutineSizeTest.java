package dev.podium.world.goruntime.exec;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.goruntime.lang.GoSource;
import dev.podium.world.goruntime.rt.ExecTestHandles;
import dev.podium.world.goruntime.rt.GoBody;
import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.Yield;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures what the interpreter retains for a goroutine parked at {@code ch <- i} in a small closure: its
 * machine, frame, operand slots, captured cells and value (the runtime's own records excluded). Heap in use after
 * full collections, before and after parking N goroutines, divided by N.
 */
class ParkedGoroutineSizeTest {

    static final int N = 200_000;

    static final String PROG = """
            package main

            func main() {
            	ch := make(chan int)
            	for i := 0; i < 200000; i++ {
            		go func() { ch <- i }()
            	}
            }
            """;

    @Test
    void aParkedSenderRetainsAtMost200Bytes() throws Exception {
        GoInterpreter p = GoInterpreter.compile(GoSource.check("park.go", PROG), 2);
        GoBody main = p.main();
        List<GoBody> parked = new ArrayList<>(N);
        long before = -1;
        Object result = null;
        GoBody.Clock clock = clock();
        while (true) {
            Yield y = main.resume(result, Long.MAX_VALUE, clock);
            result = null;
            if (y instanceof Yield.Exited) {
                break;
            }
            Op op = ((Yield.Call) y).op();
            if (op instanceof Op.MakeChan) {
                result = ExecTestHandles.chan(1, 0);
                before = used();
            } else if (op instanceof Op.Go g) {
                Yield gy = g.body().resume(null, Long.MAX_VALUE, clock);
                assertInstanceOf(Op.Send.class, ((Yield.Call) gy).op());
                parked.add(g.body());
            }
        }
        main = null;
        long after = used();
        double perG = (after - before - 4.0 * N) / N;
        System.out.printf("interpreter's part of a parked goroutine (ch <- i in a closure): %.1f bytes (N=%d)%n",
                perG, parked.size());
        assertTrue(parked.size() == N);
        assertTrue(perG <= 200, "retained " + perG + " bytes per parked goroutine");
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    static GoBody.Clock clock() {
        return new GoBody.Clock() {
            public long nowNanos() {
                return 0;
            }

            public int gomaxprocs() {
                return 1;
            }

            public int numGoroutine() {
                return 1;
            }

            public long goid() {
                return 1;
            }

            public long random() {
                return 42;
            }
        };
    }
}
