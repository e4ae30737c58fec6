package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on the real file system: it reports saves made in place, by rename over the file, and a delete then
 * re-create, among changes to other files in its folder. Waits on a latch for the report (bounded), never sleeps.
 */
class LessonWatcherTest {
    @TempDir
    Path dir;

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(20, TimeUnit.SECONDS), "no report from the watcher");
    }

    @Test
    void aSaveInPlaceIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("lesson.yaml"), "a");
        CountDownLatch changed = new CountDownLatch(1);
        try (LessonWatcher watcher = LessonWatcher.start(file, Runnable::run, changed::countDown)) {
            assertEquals(file.toAbsolutePath().normalize(), watcher.file());
            Files.writeString(file, "b");
            Files.writeString(file, "bc");
            await(changed);
        }
    }

    @Test
    void aSaveByRenameOverTheFileIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("lesson.yaml"), "a");
        CountDownLatch changed = new CountDownLatch(1);
        try (LessonWatcher watcher = LessonWatcher.start(file, Runnable::run, changed::countDown)) {
            Path temp = Files.writeString(dir.resolve(".lesson.yaml.swp"), "b");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            await(changed);
        }
    }

    @Test
    void aDeleteAndARecreateAreReported() throws Exception {
        Path file = Files.writeString(dir.resolve("lesson.yaml"), "a");
        CountDownLatch deleted = new CountDownLatch(1);
        CountDownLatch recreated = new CountDownLatch(2);
        AtomicInteger reports = new AtomicInteger();
        Runnable report = () -> {
            reports.incrementAndGet();
            deleted.countDown();
            recreated.countDown();
        };
        try (LessonWatcher watcher = LessonWatcher.start(file, Runnable::run, report)) {
            Files.delete(file);
            await(deleted);
            Files.writeString(file, "again");
            await(recreated);
            assertTrue(reports.get() >= 2);
        }
    }

    @Test
    void theLessonIsReportedWhileOtherFilesInItsFolderChange() throws Exception {
        Path file = Files.writeString(dir.resolve("lesson.yaml"), "a");
        AtomicInteger reports = new AtomicInteger();
        CountDownLatch changed = new CountDownLatch(1);
        try (LessonWatcher watcher = LessonWatcher.start(file, Runnable::run, () -> {
            reports.incrementAndGet();
            changed.countDown();
        })) {
            Files.writeString(dir.resolve("other.yaml"), "x");
            Files.writeString(file, "b");
            await(changed);
            assertTrue(reports.get() >= 1);
        }
    }
}
