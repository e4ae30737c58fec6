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
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The scenario gallery: the built-in scenarios as cards (title and description in the current
 * language). A click opens the scenario; the open one is marked with {@code :current}.
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
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new Card(v));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            Scenario picked = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && picked != null && picked != current.get()) {
                onOpen.accept(picked);
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        current.addListener((obs, old, now) -> list.refresh());
        getChildren().addAll(header, list);
    }

    /** Replaces the cards (the rest of the gallery, loaded after the first frame). */
    public void setScenarios(List<Scenario> scenarios) {
        list.getItems().setAll(scenarios);
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
