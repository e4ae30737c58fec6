package dev.podium.ui.export;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts JavaFX with no display, on Monocle's headless platform and the software renderer, for
 * {@code podium export}. The platform properties must be set before the toolkit's first class loads; a property the
 * user set ({@code -Dglass.platform=gtk} to export through a real display) is kept. Started once per JVM.
 */
final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {
    }

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown(); // a test or the app started it already
        }
        up.await();
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
