package dev.podium.cli;

/**
 * A command that another part of Podium adds to the command line, found through
 * {@code META-INF/services/dev.podium.cli.CommandPlugin}: {@code podium export} lives with the UI, because it draws
 * the stage, and the CLI never imports the UI. The command is a picocli {@code @Command} object.
 */
public interface CommandPlugin {
    /** A new instance of the command. */
    Object newCommand();
}
