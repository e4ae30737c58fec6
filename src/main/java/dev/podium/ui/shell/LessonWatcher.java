package dev.podium.ui.shell;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one lesson file for changes made by any editor, off the FX thread. It watches the file's directory (not the
 * file), so a save that writes a temp file and renames it over the lesson, a delete and a re-create are all seen.
 * Editors save in several writes, so a change is reported once, {@link #DEBOUNCE_MILLIS} after the last event for
 * the file; the report runs on {@code deliver} (the FX thread in the app). One watcher per open lesson; {@link #close}
 * stops its thread.
 */
final class LessonWatcher implements AutoCloseable {
    static final long DEBOUNCE_MILLIS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(LessonWatcher.class);

    private final Path file;
    private final WatchService service;
    private final ScheduledExecutorService timer;
    private final Executor deliver;
    private final Runnable changed;
    private ScheduledFuture<?> pending;

    private LessonWatcher(Path file, WatchService service, Executor deliver, Runnable changed) {
        this.file = file;
        this.service = service;
        this.deliver = deliver;
        this.changed = changed;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "podium-lesson-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching {@code file}; {@code changed} runs on {@code deliver} after each settled change. Throws if the
     * directory cannot be watched (the lesson still opens; it just does not reload).
     */
    static LessonWatcher start(Path file, Executor deliver, Runnable changed) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        WatchService service = FileSystems.getDefault().newWatchService();
        try {
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        LessonWatcher watcher = new LessonWatcher(absolute, service, deliver, changed);
        Thread loop = new Thread(watcher::loop, "podium-lesson-events");
        loop.setDaemon(true);
        loop.start();
        return watcher;
    }

    /** The file watched, absolute. */
    Path file() {
        return file;
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || file.getFileName().equals(event.context());
                }
                if (ours) {
                    settleThenReport();
                }
                if (!key.reset()) {
                    LOG.info("the folder of {} can no longer be watched; the lesson stops reloading", file);
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Restarts the quiet period: only the last of a burst of events is reported. */
    private synchronized void settleThenReport() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!timer.isShutdown()) {
            pending = timer.schedule(() -> deliver.execute(changed), DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch of {}", file, e);
        }
    }
}
