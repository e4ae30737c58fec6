package dev.podium.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last {@value #MAX} scenario files opened, newest first, kept in {@link Preferences} across
 * sessions. Files that have gone missing stay listed (the menu shows them disabled) until
 * {@link #pruneMissing()}. FX thread only.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get(KEY + i, null);
            if (value != null) {
                try {
                    paths.add(Path.of(value));
                } catch (InvalidPathException e) {
                    // A path from another OS or a damaged entry: leave it out.
                }
            }
        }
    }

    /** The default store: this user's preferences for the UI package. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userNodeForPackage(RecentFiles.class));
    }

    /** Newest first; read-only. */
    /** The folder of the most recent file, if it still exists: where file choosers start. */
    public Optional<File> lastDirectory() {
        if (paths().isEmpty() || paths().get(0).getParent() == null) {
            return Optional.empty();
        }
        File dir = paths().get(0).getParent().toFile();
        return dir.isDirectory() ? Optional.of(dir) : Optional.empty();
    }

    public ObservableList<Path> paths() {
        return FXCollections.unmodifiableObservableList(paths);
    }

    /** Puts {@code path} first (moving it if listed) and forgets the oldest beyond {@value #MAX}. */
    public void add(Path path) {
        Path p = path.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(paths);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        paths.setAll(next);
        save();
    }

    public void remove(Path path) {
        paths.remove(path.toAbsolutePath().normalize());
        save();
    }

    /** Forgets files that no longer exist. */
    public void pruneMissing() {
        paths.removeIf(p -> !Files.exists(p));
        save();
    }

    private void save() {
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                prefs.put(KEY + i, paths.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Recent files are a convenience; losing them is not worth an error dialog.
        }
    }
}
