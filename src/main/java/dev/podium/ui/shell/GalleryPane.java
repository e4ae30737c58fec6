package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The scenario gallery: the built-in scenarios as cards (title and description in the current
 * language). A click opens the scenario; the open one is marked with {@code :current}. Tab reaches the list, the
 * arrow keys move through it (starting at the open lesson) and Enter opens the lesson picked.
 */
public final class GalleryPane extends VBox {
    private final ListView<Scenario> list = new ListView<>();
    private final ObjectProperty<Scenario> current = new SimpleObjectProperty<>(this, "current");
    private final I18n i18n;

    public GalleryPane(List<Scenario> scenarios, I18n i18n, Consumer<Scenario> onOpen) {
        this.i18n = i18n;
        getStyleClass().add(PodiumStyles.GALLERY);
        Label header = new Label();
        header.setId("gallery-header");
        header.getStyleClass().add(PodiumStyles.PANEL_HEADER);
        header.textProperty().bind(i18n.text("gallery.header"));

        list.setId("gallery");
        list.getItems().setAll(scenarios);
        list.setCellFactory(v -> new Card(v));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openPicked(onOpen);
            }
        });
        // A handler, not a filter: the window's keys (Space, Page Up/Down, L, 0…) are taken before the list sees them.
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                openPicked(onOpen);
                e.consume();
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        current.addListener((obs, old, now) -> {
            pickCurrent();
            list.refresh();
        });
        getChildren().addAll(header, list);
    }

    /** Replaces the cards (the rest of the gallery, loaded after the first frame). */
    public void setScenarios(List<Scenario> scenarios) {
        list.getItems().setAll(scenarios);
        pickCurrent();
    }

    private void openPicked(Consumer<Scenario> onOpen) {
        Scenario picked = list.getSelectionModel().getSelectedItem();
        if (picked != null && picked != current.get()) {
            onOpen.accept(picked);
        }
    }

    /** Selects the open lesson, so the arrow keys move on from it (nothing if it is not in the gallery). */
    private void pickCurrent() {
        int at = list.getItems().indexOf(current.get());
        if (at >= 0) {
            list.getSelectionModel().select(at);
            list.getFocusModel().focus(at);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    /** The scenario that is open (marked in the list); may be one that is not in the gallery. */
    public ObjectProperty<Scenario> currentProperty() {
        return current;
    }

    /** A card: the title, then the description, in the current language. */
    private final class Card extends ListCell<Scenario> {
        private final Label title = new Label();
        private final Label description = new Label();
        private final VBox box = new VBox(4, title, description);

        Card(ListView<Scenario> owner) {
            title.maxWidthProperty().bind(owner.widthProperty().subtract(40));
            description.maxWidthProperty().bind(owner.widthProperty().subtract(40));
            title.setMinHeight(USE_PREF_SIZE);
            description.setMinHeight(USE_PREF_SIZE);
            getStyleClass().add(PodiumStyles.GALLERY_CARD);
            title.getStyleClass().add(PodiumStyles.GALLERY_TITLE);
            title.setWrapText(true);
            description.getStyleClass().add(PodiumStyles.GALLERY_DESCRIPTION);
            description.setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Scenario scenario, boolean empty) {
            super.updateItem(scenario, empty);
            pseudoClassStateChanged(PodiumStyles.CURRENT, !empty && scenario == current.get());
            if (empty || scenario == null) {
                setGraphic(null);
                return;
            }
            String tag = i18n.languageTag();
            title.setText(scenario.title().get(tag));
            description.setText(scenario.description().get(tag));
            setGraphic(box);
        }
    }
}
