package dev.podium.world.goruntime.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the Go test corpus from the test class path: {@code go/<dir>/<name>.go} and {@code expected.txt}. */
final class GoCorpus {

    private GoCorpus() {
    }

    static String read(String resource) {
        try (InputStream in = GoCorpus.class.getResourceAsStream("/go/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource go/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name to expected first problem line, from {@code go/<dir>/expected.txt}. */
    static Map<String, String> expected(String dir) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : read(dir + "/expected.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.put(line.substring(0, line.indexOf(':')), line);
        }
        return out;
    }

    /** The names of the good programs. */
    static List<String> good() {
        return new ArrayList<>(List.of("seed_goroutine.go", "seed_buffered_channel.go", "seed_select.go",
                "seed_mutex_counter.go", "seed_waitgroup.go", "seed_once.go", "seed_context_timeout.go",
                "unbuffered_rendezvous.go", "worker_pool.go", "select_timeout_loop.go",
                "deadlock.go", "gmp_basics.go", "language_tour.go", "methods_closures_stdlib.go"));
    }
}
