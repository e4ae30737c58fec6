package dev.podium.world.goruntime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.world.goruntime.lang.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each program of src/test/resources/go/run on the interpreter and the test runtime, and compares with what
 * the real go tool printed (committed next to it by generate-expected.sh; GO_VERSION says which go): stdout byte
 * for byte, stderr up to its first empty line (the panic or fatal error), and the exit status.
 */
class GoRunCorpusTest {

    static final Path DIR = Path.of("src/test/resources/go/run");

    @TestFactory
    Stream<DynamicTest> corpusMatchesRealGo() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString().replace(".go", "");
            TestRuntime.Result r = RunGo.run(f.getFileName().toString(), Files.readString(f), 1);
            String want = Files.readString(DIR.resolve(name + ".stdout"));
            String wantErr = Files.readString(DIR.resolve(name + ".stderr_head"));
            int wantExit = Integer.parseInt(Files.readString(DIR.resolve(name + ".exit")).trim());
            assertEquals(want, r.stdout(), "stdout of " + name);
            assertEquals(wantErr, head(r.stderr()), "stderr of " + name);
            assertEquals(wantExit, r.exit(), "exit status of " + name);
        }));
    }

    /** The lines up to the first empty one, each with its newline. */
    static String head(String stderr) {
        StringBuilder sb = new StringBuilder();
        for (String line : stderr.split("\n", -1)) {
            if (line.isEmpty()) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> goodProgramsRunWithoutInterpreterErrors() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/go/good"))) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            GoInterpreter p = GoInterpreter.compile(GoSource.check(f.getFileName().toString(),
                    Files.readString(f)), 2);
            TestRuntime.Result r = TestRuntime.run(p, 7);
            boolean deadlockLesson = f.getFileName().toString().startsWith("deadlock");
            assertEquals(deadlockLesson ? 2 : 0, r.exit(), f + " stderr: " + r.stderr());
        }));
    }
}
