package dev.podium.cli;

import dev.podium.logging.Verbosity;
import java.io.PrintWriter;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The headless command line: {@code podium run|validate|replay|record|fork|bench}, and the commands of
 * {@link CommandPlugin}s ({@code export}). Exit codes: 0 success, 1 the input
 * had problems (invalid scenario, unreadable recording), 2 a usage error. {@code --help} and {@code -V/--version} work on
 * every command (inherited by the subcommands) and exit 0.
 */
@Command(name = "podium", mixinStandardHelpOptions = true, version = "Podium 0.1.0", scope = ScopeType.INHERIT,
        description = "Runs, checks and replays Podium scenarios and recordings without opening a window.",
        subcommands = {RunCommand.class, ValidateCommand.class, ReplayCommand.class, BenchCommand.class,
                RecordCommand.class, ForkCommand.class, ImportCommand.class})
public final class PodiumCli implements Runnable {
    /** Exit code for input with problems. */
    public static final int INPUT_PROBLEM = 1;
    /** Exit code for a command line that is not understood. */
    public static final int USAGE_PROBLEM = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** {@code --verbose} on any command: the log also on stderr ({@link Verbosity}). */
    @CommandLine.Option(names = "--verbose", scope = ScopeType.INHERIT, description = "also show the log on stderr")
    void setVerbose(boolean verbose) {
        if (verbose) {
            Verbosity.verbose();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs with the given output streams (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PodiumCli());
        for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class, PodiumCli.class.getClassLoader())) {
            cli.addSubcommand(plugin.newCommand());
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug, not bad input: one line, no stack trace for the user; details with -Dpodium.debug.
            commandLine.getErr().println("podium: internal error: " + e);
            if (Boolean.getBoolean("podium.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return 3;
        });
        return cli.execute(args);
    }
}
