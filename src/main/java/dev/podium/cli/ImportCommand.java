package dev.podium.cli;

import dev.podium.scenario.LogImport;
import dev.podium.scenario.LogImportException;
import dev.podium.scenario.LogImports;
import dev.podium.scenario.WorldRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code podium import FILE [--json] [--out recording.jsonl]}: reads a real program's log through the world that
 * imports it (a JVM's {@code -Xlog:gc} log, a Go program's gctrace) and prints its summary, as text or, with
 * {@code --json}, as one JSON object of the importer's figures. With {@code --out} it also writes the log as a
 * recording (source {@code import}) that plays like any other. Warnings (a cut-off or garbled line) go to stderr.
 * Exit 0; 1 when the file is not such a log, cannot be read, or {@code --out} was asked of a log that does not play.
 */
@Command(name = "import", description = "Reads a real GC log (JVM -Xlog:gc, Go gctrace/schedtrace) and prints its "
        + "summary; --out also writes it as a recording.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the log")
    private Path file;

    @Option(names = "--json", description = "print the summary as one JSON object")
    private boolean json;

    @Option(names = "--out", paramLabel = "RECORDING", description = "also write the log as a recording (JSON Lines)")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LogImport log;
        try {
            log = out == null ? LogImports.summary(file, WorldRegistry.standard())
                    : LogImports.toFile(file, out, WorldRegistry.standard());
        } catch (LogImportException e) {
            err.println(e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        log.warnings().forEach(w -> err.println("warning: " + w));
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(JsonMapper.builder().build().writeValueAsString(log.figures()));
        } else {
            log.report().forEach(o::println);
        }
        o.flush();
        if (out != null) {
            if (!log.playable()) {
                err.println(out + ": not written: " + log.unplayable());
                return PodiumCli.INPUT_PROBLEM;
            }
            if (!json) {
                o.println("recording:    " + out);
            }
        } else if (!log.playable()) {
            err.println("note: " + log.unplayable());
        }
        return 0;
    }
}
