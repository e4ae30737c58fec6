package dev.podium.world.goruntime.rt;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs a test program on a fresh kernel and keeps its events. */
public final class Runs {
    public final Kernel kernel;
    public final GoRuntime rt;
    public final List<WorldEvent> events = new ArrayList<>();
    public Consumer<WorldEvent> listener = e -> { };

    public Runs(GoParams params, GoBody main) {
        kernel = new Kernel(params.seed());
        GoProgram program = new GoProgram() {
            @Override
            public String fileName() {
                return "prog.go";
            }

            @Override
            public GoBody main() {
                return main;
            }

            @Override
            public String show(Object value, int maxChars) {
                String s = String.valueOf(value);
                return s.length() <= maxChars ? s : s.substring(0, maxChars - 1) + "…";
            }
        };
        rt = new GoRuntime(kernel, e -> {
            events.add(e);
            listener.accept(e);
        }, params, program);
    }

    public static Runs of(int procs, GoBody main) {
        return new Runs(GoParams.defaults(procs, 42), main);
    }

    public GoRunResult run() {
        return rt.runToEnd(600_000_000_000L);
    }

    public <T extends WorldEvent> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (WorldEvent e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }
}
