package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import dev.podium.ui.common.Theme;
import dev.podium.ui.export.ExportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (New Lesson…, Open…, Open Recent, Export…, Quit), View (Language, Theme, Presenter mode,
 * Gallery),
 * Playback and Actions. Labels follow the language; the menus only call the window. Playback keys
 * are handled by {@link ShellKeys}, not by accelerators, so the two can never both fire.
 */
final class MainMenu {
    private final MainWindow window;
    private final I18n i18n;

    MainMenu(MainWindow window) {
        this.window = window;
        this.i18n = window.i18n();
    }

    private MenuBar bar;

    MenuBar build() {
        bar = new MenuBar(file(), view(), playback(), actions());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        MenuItem open = item("menu.file.open", "menu-open", window::openWithChooser);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem newLesson = item("menu.file.newLesson", "menu-new-lesson", window::askNewLesson);
        newLesson.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        Menu recent = menu("menu.file.recent", "menu-recent");
        recent.getItems().add(new MenuItem());
        recent.setOnShowing(e -> fillRecent(recent));
        MenuItem quit = item("menu.file.quit", "menu-quit", window::quit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        MenuItem openRecording = item("menu.file.openRecording", "menu-open-recording",
                window::openRecordingWithChooser);
        MenuItem saveRecording = item("menu.file.saveRecording", "menu-save-recording",
                window::saveRecordingWithChooser);
        saveRecording.disableProperty().bind(Bindings.createBooleanBinding(
                () -> window.model().playback() == null || window.model().playback().saveHeader() == null,
                window.model().playbackProperty()));
        MenuItem connect = item("menu.file.connect", "menu-connect", window::askConnect);
        connect.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        MenuItem disconnect = item("menu.file.disconnect", "menu-disconnect", () -> window.live().disconnect());
        disconnect.disableProperty().bind(window.model().liveProperty().not());
        MenuItem fork = item("menu.file.forkLive", "menu-fork-live", window::forkIntoSimulator);
        fork.disableProperty().bind(Bindings.createBooleanBinding(() -> window.forkableWorld().isEmpty(),
                window.model().playbackProperty()));
        MenuItem export = item("menu.file.export", "menu-export", this::export);
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.disableProperty().bind(window.model().playbackProperty().isNull());
        Menu file = menu("menu.file", "menu-file");
        file.getItems().addAll(newLesson, open, recent, openRecording, saveRecording, export, new SeparatorMenuItem(),
                connect, disconnect, fork, new SeparatorMenuItem(), quit);
        return file;
    }

    /** File > Export…: the dialog gets the stage's size from the stage node, so the window needs no hook. */
    private void export() {
        Node stage = bar.getScene().lookup("#stage");
        PlayerModel model = window.model();
        ExportDialog.open(new ExportDialog.Context(bar.getScene().getWindow(), i18n, window.theme(), model.playback(),
                model.playheadNanos(), model.speed(), stage == null ? 0 : stage.getLayoutBounds().getWidth(),
                stage == null ? 0 : stage.getLayoutBounds().getHeight()));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        RecentFiles files = window.recentFiles();
        if (files.paths().isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("menu.file.recent.empty"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        boolean anyMissing = false;
        for (Path path : files.paths()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            boolean missing = !Files.isRegularFile(path);
            anyMissing |= missing;
            item.setDisable(missing);
            item.setOnAction(e -> window.openFile(path));
            recent.getItems().add(item);
        }
        if (anyMissing) {
            recent.getItems().add(new SeparatorMenuItem());
            MenuItem prune = new MenuItem(i18n.get("menu.file.recent.prune"));
            prune.setOnAction(e -> files.pruneMissing());
            recent.getItems().add(prune);
        }
    }

    private Menu view() {
        Menu language = menu("menu.view.language", "menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : I18n.LANGUAGES) {
            // Each language names itself, so a user can find theirs whatever is showing.
            RadioMenuItem item = new RadioMenuItem(locale.getDisplayName(locale));
            item.setToggleGroup(languages);
            item.setSelected(locale.equals(i18n.locale()));
            item.setOnAction(e -> i18n.setLocale(locale));
            i18n.localeProperty().addListener((obs, old, now) -> item.setSelected(locale.equals(now)));
            language.getItems().add(item);
        }
        Menu theme = menu("menu.view.theme", "menu-theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme.Kind kind : Theme.Kind.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(i18n.text("theme." + kind.name().toLowerCase(Locale.ROOT)));
            item.setToggleGroup(themes);
            item.setSelected(kind == window.theme().kind());
            item.setOnAction(e -> window.theme().setKind(kind));
            window.theme().kindProperty().addListener((obs, old, now) -> item.setSelected(kind == now));
            theme.getItems().add(item);
        }
        CheckMenuItem presenter = new CheckMenuItem();
        presenter.textProperty().bind(i18n.text("menu.view.presenter"));
        presenter.selectedProperty().bindBidirectional(window.presenterActiveProperty());
        CheckMenuItem gallery = new CheckMenuItem();
        gallery.textProperty().bind(i18n.text("menu.view.gallery"));
        gallery.selectedProperty().bindBidirectional(window.galleryShownProperty());
        CheckMenuItem captions = new CheckMenuItem();
        captions.setId("menu-captions");
        captions.textProperty().bind(i18n.text("menu.view.captions"));
        captions.selectedProperty().bindBidirectional(window.presenterControls().captionsProperty());
        CheckMenuItem audience = new CheckMenuItem();
        audience.setId("menu-audience");
        audience.textProperty().bind(i18n.text("menu.view.audience"));
        audience.selectedProperty().bindBidirectional(window.audience().shownProperty());
        Menu view = menu("menu.view", "menu-view");
        view.getItems().addAll(language, theme, new SeparatorMenuItem(), presenter, captions, audience, gallery);
        return view;
    }

    private Menu playback() {
        PlayerModel model = window.model();
        MenuItem play = item("playback.play", "menu-play", model::togglePlay);
        play.textProperty().bind(Bindings.when(model.playingProperty())
                .then(i18n.text("playback.pause")).otherwise(i18n.text("playback.play")));
        Menu playback = menu("menu.playback", "menu-playback");
        playback.getItems().addAll(play,
                item("playback.stepForward", "menu-step-forward", model::stepForward),
                item("playback.stepBack", "menu-step-back", model::stepBack),
                item("playback.faster", "menu-faster", model::speedUp),
                item("playback.slower", "menu-slower", model::speedDown),
                item("playback.restart", "menu-restart", model::restart),
                new SeparatorMenuItem(),
                item("playback.nextCue", "menu-next-cue", () -> window.presenterControls().nextCue()),
                item("playback.previousCue", "menu-previous-cue", () -> window.presenterControls().previousCue()));
        return playback;
    }

    private Menu actions() {
        Menu actions = menu("menu.actions", "menu-actions");
        List<MenuItem> worldItems = window.actionsMenu().items(window.views());
        actions.getItems().addAll(worldItems);
        ObservableValue<Boolean> live = window.model().liveProperty();
        MenuItem deletePod = item("live.action.deletePod", "action-live-delete-pod",
                () -> window.live().askDeletePod());
        MenuItem scale = item("live.action.scale", "action-live-scale", () -> window.live().askScale());
        for (MenuItem liveItem : List.of(deletePod, scale)) {
            liveItem.visibleProperty().bind(window.model().liveProperty());
            actions.getItems().add(liveItem);
        }
        List<ObservableValue<Boolean>> shown = new ArrayList<>();
        worldItems.forEach(item -> shown.add(item.visibleProperty()));
        shown.add(live);
        actions.disableProperty().bind(Bindings.createBooleanBinding(
                () -> shown.stream().noneMatch(ObservableValue::getValue), shown.toArray(Observable[]::new)));
        return actions;
    }

    private Menu menu(String key, String id) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(i18n.text(key));
        return menu;
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
