package dev.podium.ui.shell;

import dev.podium.live.informer.LiveSession;
import dev.podium.scenario.LogImportException;
import dev.podium.scenario.LogImports;
import dev.podium.scenario.WorldRegistry;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingException;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.I18n;
import dev.podium.ui.playback.Playback;
import dev.podium.ui.playback.RecordingPlayback;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Recordings in the app: File > Open Recording… reads a JSON Lines recording (a live session taped in a
 * classroom without network, or a simulation run), or imports a real GC log (*.log, *.txt, through the world that
 * reads it), and plays it with the same views and scrubbing; File > Save
 * Recording… writes what a live session has shown so far. Reading and writing run off the FX thread (a recording
 * of a big cluster is tens of megabytes); the result comes back in one {@code runLater}. A damaged file plays up
 * to its last good line, with the warning shown; an unreadable one is an error dialog, and the current playback
 * stays. FX thread only.
 */
final class RecordingFiles {
    private final MainWindow window;
    private final I18n i18n;

    RecordingFiles(MainWindow window) {
        this.window = window;
        this.i18n = window.i18n();
    }

    static boolean isRecording(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /** A real program's log (a JVM GC log, a Go gctrace), which a world imports into a recording. */
    static boolean isLog(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".log") || name.endsWith(".txt");
    }

    /** File > Open Recording…: a chooser for *.jsonl, then {@link #open(Path)} in the background. */
    void openWithChooser(Window owner) {
        FileChooser chooser = chooser("dialog.recording.open.title");
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            CompletableFuture.supplyAsync(() -> read(file.toPath()))
                    .thenAccept(result -> Platform.runLater(() -> show(file.toPath(), result)));
        }
    }

    /** Reads and shows {@code path} now, on the calling (FX) thread. True if it opened. */
    boolean open(Path path) {
        return show(path, read(path));
    }

    /** What reading a file gave: the recording, or the reason it could not be read. */
    private record ReadResult(Recording recording, String problem) {
    }

    private static ReadResult read(Path path) {
        if (isLog(path)) {
            return importLog(path);
        }
        try {
            return new ReadResult(new RecordingReader(new RecordingCodec(ScenarioRun.eventTypes())).read(path), null);
        } catch (RecordingException e) {
            return new ReadResult(null, e.getMessage());
        } catch (RuntimeException e) {
            return new ReadResult(null, path.getFileName() + ": " + e.getMessage());
        }
    }

    /** A log becomes a recording in memory (its importer streams it; the playback holds its events). */
    private static ReadResult importLog(Path path) {
        try {
            LogImports.InMemory imported = LogImports.inMemory(path, WorldRegistry.standard());
            if (imported.recording() == null) {
                return new ReadResult(null, imported.log().unplayable() + "\n\n"
                        + String.join("\n", imported.log().report()));
            }
            return new ReadResult(imported.recording(), null);
        } catch (LogImportException e) {
            return new ReadResult(null, e.getMessage());
        } catch (RuntimeException e) {
            return new ReadResult(null, path.getFileName() + ": " + e.getMessage());
        }
    }

    private boolean show(Path path, ReadResult result) {
        String name = path.getFileName().toString();
        if (result.recording() == null) {
            window.dialogs().showError("dialog.recording.open.failed", name, result.problem());
            return false;
        }
        Recording recording = result.recording();
        window.showPlayback(new RecordingPlayback(recording, name), i18n.get("title.recording", name,
                recording.header().scenario()));
        window.recentFiles().add(path);
        if (!recording.warnings().isEmpty()) {
            window.dialogs().showError("dialog.recording.warnings", name, String.join("\n", recording.warnings()));
        }
        return true;
    }

    /** File > Save Recording…: writes the live session's timeline so far (or a recording's) to a chosen file. */
    void saveWithChooser(Window owner) {
        Playback playback = window.model().playback();
        RecordingHeader header = playback == null ? null : playback.saveHeader();
        if (header == null) {
            return;
        }
        FileChooser chooser = chooser("dialog.recording.save.title");
        chooser.setInitialFileName(playback.label().replaceAll("[^A-Za-z0-9._-]", "_") + ".podium.jsonl");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        // A snapshot, not a copy: a long live session's spilled events are streamed from disk while writing.
        Iterable<WorldEvent> events = playback.timeline().snapshot();
        int count = playback.timeline().size();
        CompletableFuture.runAsync(() -> {
            try {
                save(file.toPath(), header, events);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((ok, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                window.dialogs().showError("dialog.recording.save.failed", file.getName(),
                        String.valueOf(failure.getCause() == null ? failure : failure.getCause().getMessage()));
            } else {
                window.recentFiles().add(file.toPath());
                window.player().narration().note(window.model().playheadNanos(),
                        i18n.get("note.recording.saved", file.getName(), count));
            }
        }));
    }

    /** Writes a live recording (atomically, through a temp file). */
    static void save(Path target, RecordingHeader header, Iterable<WorldEvent> events) throws IOException {
        new RecordingWriter(new RecordingCodec(LiveSession.eventTypes())).write(target, header, events);
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(i18n.get("filechooser.recordings"), "*.jsonl"));
        if (titleKey.endsWith(".open.title")) {
            chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(i18n.get("filechooser.gclogs"), "*.log", "*.txt"));
        }
        window.recentFiles().lastDirectory().ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
