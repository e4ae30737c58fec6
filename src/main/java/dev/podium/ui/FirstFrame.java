package dev.podium.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the time from the start of the process (the JVM's start time) to the first frame the window painted: an
 * animation timer's first tick after the stage is shown comes in the pulse that renders it. Logged at INFO
 * ("first frame 812 ms after the process started"); with {@code -Dpodium.firstFrame.exit=true} also printed on
 * standard output and the app exits at once, so a script can time launches ({@code README}, Benchmarks).
 * FX thread only.
 */
final class FirstFrame {
    /** The system property that prints the time and exits. */
    static final String EXIT = "podium.firstFrame.exit";
    private static final Logger LOG = LoggerFactory.getLogger(FirstFrame.class);

    private FirstFrame() {
    }

    /** Call right after the first {@code stage.show()}. */
    static void watch() {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < 2) {
                    return; // the first tick runs before the pulse renders; the second follows the painted frame
                }
                stop();
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.info("first frame {} ms after the process started", millis);
                if (Boolean.getBoolean(EXIT)) {
                    System.out.println("first frame: " + millis + " ms");
                    Platform.exit();
                }
            }
        }.start();
    }
}
