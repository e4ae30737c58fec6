package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("dev/podium/test/recent-" + UUID.randomUUID());

    @TempDir
    Path dir;

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void newestComesFirstAndReopeningMovesAFileToTheTop() throws Exception {
        RecentFiles recent = new RecentFiles(node);
        Path a = Files.writeString(dir.resolve("a.yaml"), "");
        Path b = Files.writeString(dir.resolve("b.yaml"), "");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertEquals(List.of(a, b), recent.paths());
    }

    @Test
    void choosersStartInTheFolderOfTheNewestFileWhileItExists() throws Exception {
        RecentFiles recent = new RecentFiles(node);
        assertEquals(java.util.Optional.empty(), recent.lastDirectory());
        Path sub = Files.createDirectory(dir.resolve("lessons"));
        recent.add(Files.writeString(sub.resolve("a.jsonl"), ""));
        assertEquals(java.util.Optional.of(sub.toFile()), recent.lastDirectory());
        Files.delete(sub.resolve("a.jsonl"));
        Files.delete(sub);
        assertEquals(java.util.Optional.empty(), recent.lastDirectory());
    }

    @Test
    void keepsTheLastEightAcrossSessions() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(dir.resolve("s" + i + ".yaml"));
        }
        RecentFiles reloaded = new RecentFiles(node);
        assertEquals(RecentFiles.MAX, reloaded.paths().size());
        assertEquals(dir.resolve("s9.yaml"), reloaded.paths().get(0));
        assertEquals(dir.resolve("s2.yaml"), reloaded.paths().get(7));
    }

    @Test
    void pruneForgetsMissingFiles() throws Exception {
        RecentFiles recent = new RecentFiles(node);
        Path kept = Files.writeString(dir.resolve("kept.yaml"), "");
        recent.add(dir.resolve("gone.yaml"));
        recent.add(kept);
        recent.pruneMissing();
        assertEquals(List.of(kept), new RecentFiles(node).paths());
    }
}
