package dev.podium.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for Podium's first frame: a plain JavaFX "hello" window, timed the way the app times itself
 * ({@code dev.podium.ui.FirstFrame}): from the JVM's start to the animation timer's second tick after show. Prints
 * {@code first frame: N ms} and exits. Run: {@code java -cp <test class path> dev.podium.bench.HelloFirstFrame}.
 */
public final class HelloFirstFrame {
    private HelloFirstFrame() {
    }

    public static void main(String[] args) {
        Application.launch(Hello.class, args); // a main class that extends Application fails from a class path
    }

    /** The window. */
    public static final class Hello extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("hello"), 1280, 800));
            stage.show();
            new AnimationTimer() {
                private int ticks;

                @Override
                public void handle(long now) {
                    if (++ticks < 2) {
                        return;
                    }
                    stop();
                    System.out.println("first frame: "
                            + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms");
                    Platform.exit();
                }
            }.start();
        }
    }
}
