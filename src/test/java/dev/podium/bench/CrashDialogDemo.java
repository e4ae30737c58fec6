package dev.podium.bench;

import dev.podium.crash.CrashReports;
import dev.podium.ui.shell.CrashHandler;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.nio.file.Files;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the window and makes it crash once, to look at the crash message (screenshots in both languages and
 * themes): {@code java -cp <test class path> dev.podium.bench.CrashDialogDemo [zh] [dark]}. The report goes to a
 * temporary directory.
 */
public final class CrashDialogDemo {
    private CrashDialogDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            MainWindow window = new MainWindow(new ScenarioSource(), WorldViews.standard(), RecentFiles.forUser(),
                    true);
            window.show(stage);
            if (getParameters().getRaw().contains("zh")) {
                window.i18n().setLocale(Locale.SIMPLIFIED_CHINESE);
            }
            if (getParameters().getRaw().contains("dark")) {
                window.theme().toggle();
            }
            CrashHandler.install(window, stage, new CrashReports(Files.createTempDirectory("podium-crash-demo")));
            Platform.runLater(() -> {
                throw new IllegalStateException("demo crash: Authorization: Bearer abc.def.ghi");
            });
        }
    }
}
