package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.GoSource;
import java.nio.file.Files;
import java.nio.file.Path;

/** For developers: runs a Go file on the test runtime and prints what it printed (java ... RunGo prog.go). */
final class RunGo {
    private RunGo() {
    }

    static TestRuntime.Result run(String name, String text, long seed) throws GoProblems {
        GoInterpreter p = GoInterpreter.compile(GoSource.check(name, text), 2);
        return TestRuntime.run(p, seed);
    }

    public static void main(String[] args) throws Exception {
        Path f = Path.of(args[0]);
        try {
            TestRuntime.Result r = run(f.getFileName().toString(), Files.readString(f), 1);
            System.out.print(r.stdout());
            System.err.print(r.stderr());
            System.out.println("[exit " + r.exit() + ", simulated " + r.nowNanos() + " ns at 2 ns an instruction]");
        } catch (GoProblems p) {
            System.out.println(p.getMessage());
        }
    }
}
