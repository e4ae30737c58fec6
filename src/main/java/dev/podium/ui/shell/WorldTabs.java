package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import dev.podium.ui.world.WorldView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The worlds of a lesson that has several (a Kubernetes cluster and the GC service its pods run), one tab each, so
 * each world's view has the whole stage: stacked, a 720-pixel window left the lower world no room for its panels.
 * Which tab was chosen is remembered per lesson for the session, so a lesson reopened or reloaded shows the world
 * the teacher was on. A tab's title is the key {@value #TITLE_KEY} of the world's UI bundle, else the world's name.
 * FX thread only.
 */
final class WorldTabs {
    /** The key of a world's title in its UI bundle ({@code WorldUi#bundle()}). */
    static final String TITLE_KEY = "world.title";
    static final String ID = "world-tabs";

    private final TabPane pane = new TabPane();
    private final I18n i18n;
    private final Runnable onSwitch;
    private final Map<String, String> chosenByLesson = new HashMap<>();
    private List<WorldViews.Entry> entries = List.of();
    private String lesson = "";
    private boolean building;

    /** {@code onSwitch} runs after the user or a lesson change brings another world to the front. */
    WorldTabs(I18n i18n, Runnable onSwitch) {
        this.i18n = i18n;
        this.onSwitch = onSwitch;
        pane.setId(ID);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (building || now.intValue() < 0) {
                return;
            }
            chosenByLesson.put(lesson, entries.get(now.intValue()).world());
            onSwitch.run();
        });
    }

    TabPane node() {
        return pane;
    }

    /** One tab per entry, the lesson's remembered world in front (else the first). */
    void show(List<WorldViews.Entry> newEntries) {
        building = true;
        entries = List.copyOf(newEntries);
        pane.getTabs().forEach(tab -> tab.setContent(null)); // free the views for their next parent
        pane.getTabs().clear();
        for (WorldViews.Entry entry : entries) {
            Tab tab = new Tab();
            tab.setId("world-tab-" + entry.world());
            tab.textProperty().bind(Bindings.createStringBinding(() -> title(entry), i18n.localeProperty()));
            tab.setContent(entry.view().node());
            pane.getTabs().add(tab);
        }
        building = false;
        selectRemembered();
    }

    /** The lesson now on stage (its name), so its remembered world comes to the front. */
    void lesson(String key) {
        lesson = key == null ? "" : key;
        selectRemembered();
    }

    /** The world in front; null before any is shown. */
    WorldView front() {
        int i = pane.getSelectionModel().getSelectedIndex();
        return i < 0 || i >= entries.size() ? null : entries.get(i).view();
    }

    private void selectRemembered() {
        if (entries.isEmpty()) {
            return;
        }
        String chosen = chosenByLesson.get(lesson);
        int index = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).world().equals(chosen)) {
                index = i;
            }
        }
        if (pane.getSelectionModel().getSelectedIndex() != index) {
            building = true; // a lesson's own choice, not the user's: remember nothing
            pane.getSelectionModel().select(index);
            building = false;
            onSwitch.run();
        }
    }

    private String title(WorldViews.Entry entry) {
        String title = i18n.fromBundle(entry.ui().bundle(), TITLE_KEY);
        return title == null ? entry.world() : title;
    }
}
