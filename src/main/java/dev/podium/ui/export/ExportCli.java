package dev.podium.ui.export;

import dev.podium.cli.CommandPlugin;

/** Adds {@code podium export} to the command line (registered in {@code META-INF/services}). */
public final class ExportCli implements CommandPlugin {
    @Override
    public Object newCommand() {
        return new ExportCommand();
    }
}
