package dev.podium.cli;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldBenchmark;
import dev.podium.scenario.WorldRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code podium bench <name> [--option value]…}: measures a world at scale, headless. The benchmarks and their
 * options come from the worlds' descriptors ({@link World#benchmarks()}); an option is {@code --name value}, a flag
 * {@code --name} alone, each checked against the benchmark's typed range. Run with a heap limit, e.g.
 * {@code java -Xmx2g -jar target/podium.jar bench kube}.
 */
@Command(name = "bench", description = "Measures a world at scale, headless.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the benchmark, e.g. kube")
    private String name;

    @Unmatched
    private List<String> options = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, WorldBenchmark> benchmarks = new LinkedHashMap<>();
        for (World world : WorldRegistry.standard().all()) {
            world.benchmarks().forEach(b -> benchmarks.put(b.name(), b));
        }
        WorldBenchmark benchmark = benchmarks.get(name);
        if (benchmark == null) {
            err.println("bench: unknown benchmark '" + name + "'; expected one of: "
                    + String.join(", ", benchmarks.keySet()));
            return PodiumCli.USAGE_PROBLEM;
        }
        Params values;
        try {
            values = parse(benchmark);
        } catch (IllegalArgumentException e) {
            err.println("bench " + name + ": " + e.getMessage());
            return PodiumCli.USAGE_PROBLEM;
        }
        try {
            for (Arg<?> option : benchmark.options()) {
                option.read(values);
            }
            benchmark.run(values, spec.commandLine().getOut());
        } catch (ScenarioException e) {
            e.problems().forEach(p -> err.println("bench " + name + ": --" + p.message()));
            return PodiumCli.USAGE_PROBLEM;
        }
        return 0;
    }

    private Params parse(WorldBenchmark benchmark) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String word = options.get(i);
            String optionName = word.startsWith("--") ? word.substring(2) : null;
            Arg<?> option = optionName == null ? null : benchmark.options().stream()
                    .filter(o -> o.name().equals(optionName)).findFirst().orElse(null);
            if (option == null) {
                throw new IllegalArgumentException("unknown option '" + word + "'; expected "
                        + String.join(", ", benchmark.options().stream().map(o -> "--" + o.name()).toList()));
            }
            if (option.kind() == Arg.Kind.FLAG) {
                values.put(optionName, "true");
            } else if (i + 1 < options.size()) {
                values.put(optionName, options.get(++i));
            } else {
                throw new IllegalArgumentException("--" + optionName + " needs a value");
            }
        }
        return Params.of(values);
    }
}
