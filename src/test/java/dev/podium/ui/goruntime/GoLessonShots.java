package dev.podium.ui.goruntime;

import dev.podium.ui.PngFiles;
import dev.podium.ui.common.Theme;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Pictures of the Go lessons as a teacher sees them: the whole window (gallery, Go view, narration, transport) at
 * 1280×720 and at the default size (or the sizes given), in every theme, English and Chinese, at a few points of
 * each run, written as PNGs to look at. Runs on Monocle headless with software rendering, no display needed:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.podium.ui.goruntime.GoLessonShots OUTDIR
 * [--sizes=1280x720,1920x1080] [lesson...]</pre>
 */
public final class GoLessonShots {
    private static final String[] LESSONS = {"go-gmp-basics", "go-work-stealing", "go-syscall-handoff",
        "go-buffered-channels", "go-select-fairness", "go-worker-pool", "go-mutex-starvation", "go-once-config",
        "go-context-timeout", "go-deadlock"};
    /** Playhead positions as fractions of the lesson's duration. */
    private static final double[] AT = {0.1, 0.45, 1.0};

    private GoLessonShots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("podium.singleInstance", "false");
        Path out = Path.of(args.length > 0 ? args[0] : "target/go-shots");
        Files.createDirectories(out);
        double[][] sizes = {{1280, 720}, {MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT}};
        java.util.List<String> named = new java.util.ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            if (args[a].startsWith("--sizes=")) {
                sizes = java.util.Arrays.stream(args[a].substring("--sizes=".length()).split(","))
                        .map(wh -> java.util.Arrays.stream(wh.split("x")).mapToDouble(Double::parseDouble).toArray())
                        .toArray(double[][]::new);
            } else {
                named.add(args[a]);
            }
        }
        String[] lessons = named.isEmpty() ? LESSONS : named.toArray(String[]::new);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Preferences prefs = Preferences.userRoot().node("dev/podium/test/goshots-" + UUID.randomUUID());
        Stage[] stage = new Stage[1];
        MainWindow window = onFx(() -> {
            stage[0] = new Stage();
            MainWindow w = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
            w.show(stage[0]);
            return w;
        });
        int shots = 0;
        for (String lesson : lessons) {
            onFx(() -> window.openFile(Path.of("simulations/" + lesson + ".yaml")));
            for (double[] size : sizes) {
                for (Theme.Kind kind : Theme.Kind.values()) {
                    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                        for (double at : AT) {
                            String name = String.format(Locale.ROOT, "%s-%dx%d-%s-%s-%02d.png", lesson, (int) size[0],
                                    (int) size[1], kind.name().toLowerCase(Locale.ROOT), locale.getLanguage(),
                                    (int) Math.round(at * 100));
                            WritableImage image = onFx(() -> {
                                stage[0].setWidth(size[0]);
                                stage[0].setHeight(size[1]);
                                window.theme().setKind(kind);
                                window.i18n().setLocale(locale);
                                long target = (long) (window.model().durationProperty().get() * at);
                                for (int i = 0; i < 400 && window.model().playheadNanos() < target; i++) {
                                    window.model().seek(target);
                                    window.player().frame(0);
                                }
                                window.model().seek(target);
                                window.player().frame(0);
                                return null;
                            });
                            image = onFx(() -> {
                                window.player().frame(0);
                                return stage[0].getScene().snapshot(null);
                            });
                            PngFiles.write(image, out.resolve(name));
                            shots++;
                        }
                    }
                }
            }
        }
        prefs.removeNode();
        System.out.println(shots + " pictures in " + out);
        Platform.exit();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        return f.get();
    }
}
