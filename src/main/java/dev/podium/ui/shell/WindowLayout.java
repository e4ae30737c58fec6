package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.live.LiveStatusBar;
import dev.podium.ui.world.WorldUi;
import java.net.URL;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The panes of the main window and where they sit: menus and bars on top, the gallery on the left, the stage in
 * the centre, narration, next cue and inspector on the right, the transport bar at the bottom. Also the scene's
 * per-world style sheets and the Chinese font class. FX thread only.
 */
final class WindowLayout {
    /** The least height of the inspector under the narration: its header and about three fields. */
    static final double INSPECTOR_MIN_HEIGHT = 110;
    /** The most height the inspector asks for, in a tall window. */
    static final double INSPECTOR_MAX_PREF = 260;
    final StageArea stageArea;
    final AudienceWindow audience;
    final GalleryPane gallery;
    final InspectorPanel inspector;
    final WarningsBar warningsBar;

    /** Builds the stage, gallery and side panes of {@code window}; the gallery starts with {@code defaultScenario}. */
    WindowLayout(MainWindow window, Stage stage, Scenario defaultScenario) {
        I18n i18n = window.i18n();
        Player player = window.player();
        inspector = new InspectorPanel(i18n);
        stageArea = new StageArea(i18n, inspector::show);
        stageArea.addPresenterLayers(window.presenterControls(), player.narration());
        audience = new AudienceWindow(stage, stageArea, i18n);
        gallery = new GalleryPane(defaultScenario == null ? List.of() : List.of(defaultScenario), i18n,
                window::openScenario);
        gallery.currentProperty().bind(window.scenarioProperty());
        gallery.visibleProperty().bind(window.galleryShownProperty().and(window.presenterActiveProperty().not()));
        gallery.managedProperty().bind(gallery.visibleProperty());
        gallery.setPrefWidth(280);
        warningsBar = new WarningsBar(i18n);
    }

    /**
     * Puts the panes into {@code root} with the menus and bars on top (the menus read the window's parts, so
     * this runs once the window holds them) and the narration, next cue and transport around the stage.
     */
    void placeIn(BorderPane root, MainWindow window, ContinueAsSimulation continuation, StringBinding title) {
        I18n i18n = window.i18n();
        PresenterControls presenter = window.presenterControls();
        Player player = window.player();
        NarrationPanel narration = new NarrationPanel(player.narration(), i18n,
                () -> window.model().durationProperty().get());
        narration.setOnSeek(window.model()::seek);
        NextCueLabel nextCue = new NextCueLabel(window.model(), presenter.stepper(), i18n);
        VBox right = new VBox(12, narration, nextCue, inspector);
        right.getStyleClass().add("side-panel");
        right.setPrefWidth(400);
        VBox.setVgrow(narration, Priority.ALWAYS);
        // Its own band even in a short window: its header and a few fields (they scroll), never squeezed to nothing;
        // a fifth of a taller column. The narration's cue card and list take what is left.
        inspector.setMinHeight(INSPECTOR_MIN_HEIGHT);
        inspector.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(INSPECTOR_MAX_PREF, Math.max(INSPECTOR_MIN_HEIGHT, right.getHeight() * 0.2)),
                right.heightProperty()));

        BusyBar continuing = new BusyBar(i18n, "busy.continue", continuation.busyProperty(), continuation::supersede);
        VBox top = new VBox(new MainMenu(window).build(), new HeaderBar(window, title), new LiveStatusBar(window),
                continuing, warningsBar, window.problemsPanel());
        root.setTop(top);
        root.setLeft(gallery);
        root.setCenter(stageArea);
        root.setRight(right);
        TransportBar transport = new TransportBar(window.model(), i18n);
        transport.showCues(presenter.stepper()::cues);
        root.setBottom(transport);
    }

    /** Each world's own style sheet (its colour tokens and view rules), after the shared ones. */
    static void attachWorldSheets(Scene scene, WorldViews views) {
        for (WorldUi ui : views.all()) {
            URL sheet = ui.stylesheet() == null ? null : ui.getClass().getResource(ui.stylesheet());
            if (sheet != null) {
                scene.getStylesheets().add(sheet.toExternalForm());
            }
        }
    }

    /** Chinese text gets a full CJK family, so bold stays bold (see {@code CjkFont}). */
    static void applyLanguageFont(BorderPane root, I18n i18n) {
        boolean chinese = "zh".equals(i18n.locale().getLanguage());
        root.getStyleClass().remove(PodiumStyles.LANG_ZH);
        if (chinese) {
            root.getStyleClass().add(PodiumStyles.LANG_ZH);
        }
    }
}
