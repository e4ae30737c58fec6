package dev.podium.ui;

import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.Theme;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * Not a test: pictures of lessons as a class sees them, the whole window at 1280×720 with the gallery open, in light
 * English and dark Chinese, at the lesson's first cue and its last, on every tab (each world's, and each tab a world
 * view offers), written as {@code <lesson>-<first|last>-<tab>-<theme>-<language>.png} for a person to look at.
 * Monocle headless, software rendering, no display needed:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.podium.ui.LessonShots OUTDIR
 * [--moments=first,middle,last] [--looks=light-en,dark-zh,dark-en,light-zh] lesson...</pre>
 *
 * <p>{@code --moments} picks the cues to seek to (first, middle — the cue halfway down the list — and last; default
 * first,last; {@code atN} seeks to N seconds instead); {@code --looks} the theme and language pairs (default light-en,dark-zh).
 */
public final class LessonShots {
    private LessonShots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("podium.singleInstance", "false");
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Preferences prefs = Preferences.userRoot().node("dev/podium/test/shots-" + UUID.randomUUID());
        Stage stage = onFx(Stage::new);
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
            w.show(stage);
            stage.setWidth(SmallWindow.WIDTH);
            stage.setHeight(SmallWindow.HEIGHT);
            return w;
        });
        List<String> moments = List.of("first", "last");
        List<Object[]> looks = List.of(new Object[] {Theme.Kind.LIGHT, Locale.ENGLISH},
                new Object[] {Theme.Kind.DARK, Locale.SIMPLIFIED_CHINESE});
        List<String> lessons = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            if (args[a].startsWith("--moments=")) {
                moments = List.of(args[a].substring("--moments=".length()).split(","));
            } else if (args[a].startsWith("--looks=")) {
                looks = looks(args[a].substring("--looks=".length()));
            } else {
                lessons.add(args[a]);
            }
        }
        int shots = 0;
        for (String lesson : lessons) {
            onFx(() -> window.openFile(Path.of("simulations/" + lesson + ".yaml")));
            List<WorldEvent> cues = onFx(() -> window.model().playback().cues());
            long last = cues.isEmpty() ? onFx(() -> window.model().durationProperty().get())
                    : cues.get(cues.size() - 1).timeNanos();
            long first = cues.isEmpty() ? 0 : cues.get(0).timeNanos();
            long middle = cues.isEmpty() ? last / 2 : cues.get(cues.size() / 2).timeNanos();
            for (String moment : moments) {
                long at = switch (moment) {
                    case "first" -> first;
                    case "middle" -> middle;
                    case "last" -> last;
                    default -> {
                        if (!moment.matches("at[0-9]+")) {
                            throw new IllegalArgumentException("moment " + moment
                                    + ": first, middle, last or atN (N seconds)");
                        }
                        yield Long.parseLong(moment.substring(2)) * 1_000_000_000L;
                    }
                };
                seek(window, at);
                int worldCount = onFx(() -> worldTabs(stage) == null ? 1 : worldTabs(stage).getTabs().size());
                for (int world = 0; world < worldCount; world++) {
                    int w = world;
                    onFx(() -> {
                        if (worldTabs(stage) != null) {
                            worldTabs(stage).getSelectionModel().select(w);
                        }
                        return null;
                    });
                    List<ToggleButton> tabs = onFx(() -> viewTabs(stage));
                    for (int t = 0; t < Math.max(1, tabs.size()); t++) {
                        int tab = t;
                        for (Object[] look : looks) {
                            onFx(() -> {
                                window.theme().setKind((Theme.Kind) look[0]);
                                window.i18n().setLocale((Locale) look[1]);
                                if (!tabs.isEmpty()) {
                                    tabs.get(tab).fire();
                                }
                                window.player().refresh();
                                return null;
                            });
                            javafx.scene.image.WritableImage image = onFx(() -> {
                                window.player().frame(0);
                                return stage.getScene().snapshot(null);
                            });
                            String name = String.format(Locale.ROOT, "%s-%s-%s%s-%s-%s.png", lesson, moment,
                                    worldCount > 1 ? "w" + world : "", tabs.isEmpty() ? "" : "t" + tab,
                                    ((Theme.Kind) look[0]).name().toLowerCase(Locale.ROOT),
                                    ((Locale) look[1]).getLanguage());
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

    /** "light-en,dark-zh" as theme and locale pairs. */
    private static List<Object[]> looks(String spec) {
        List<Object[]> found = new ArrayList<>();
        for (String look : spec.split(",")) {
            String[] parts = look.split("-");
            if (parts.length != 2 || !List.of("light", "dark").contains(parts[0])
                    || !List.of("en", "zh").contains(parts[1])) {
                throw new IllegalArgumentException("look " + look + ": light-en, light-zh, dark-en or dark-zh");
            }
            found.add(new Object[] {parts[0].equals("light") ? Theme.Kind.LIGHT : Theme.Kind.DARK,
                parts[1].equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE});
        }
        return found;
    }

    private static void seek(MainWindow window, long at) throws Exception {
        onFx(() -> {
            for (int i = 0; i < 400 && window.model().playheadNanos() < at; i++) {
                window.model().seek(at);
                window.player().frame(0);
            }
            window.model().seek(at);
            window.player().frame(0);
            return null;
        });
    }

    private static TabPane worldTabs(Stage stage) {
        Node n = stage.getScene().lookup("#world-tabs");
        return n instanceof TabPane t && t.getScene() != null ? t : null;
    }

    /** The front view's own tab buttons (ids with "-tab-"), those it offers now. */
    private static List<ToggleButton> viewTabs(Stage stage) {
        List<ToggleButton> found = new ArrayList<>();
        for (Node n : stage.getScene().getRoot().lookupAll(".toggle-button")) {
            if (n instanceof ToggleButton b && b.getId() != null && b.getId().contains("-tab-") && b.isVisible()
                    && treeVisible(b)) {
                found.add(b);
            }
        }
        return found;
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        return f.get();
    }
}
