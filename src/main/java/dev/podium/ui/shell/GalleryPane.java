package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The scenario gallery: the built-in scenarios as cards (title and description in the current
 * language). A click opens the scenario; the open one is marked with {@code :current}, also when it was opened from
 * its file (a card stands for the lesson of the same name), and scrolled into view when it changes. Tab reaches the
 * list (which shows the card the arrows are on), the arrow keys move through it (starting at the open lesson) and
 * Enter opens the lesson picked.
 */
public final class GalleryPane extends VBox {
    private final ListView<Scenario> list = new ListView<>();
    private final ObjectProperty<Scenario> current = new SimpleObjectProperty<>(this, "current");
    private final I18n i18n;
    /** The card to show at the next layout (-1: none), and how many more layouts may try. */
    private int revealing = -1;
    private int revealTries;

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
        // Tab arriving after the class scrolled the list: the card the arrows are on comes into view.
        list.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                reveal(list.getSelectionModel().getSelectedIndex());
            }
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
        if (picked != null && !isCurrent(picked)) {
            onOpen.accept(picked);
        }
    }

    /** Selects the open lesson, so the arrow keys move on from it (nothing if it is not in the gallery). */
    private void pickCurrent() {
        int at = -1;
        for (int i = 0; i < list.getItems().size() && at < 0; i++) {
            at = isCurrent(list.getItems().get(i)) ? i : -1;
        }
        if (at >= 0) {
            list.getSelectionModel().select(at);
            list.getFocusModel().focus(at);
            reveal(at);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    /**
     * Whether {@code card} is the lesson open: the same scenario, or the same lesson read again from its file (File >
     * Open, the command line, a reload), which the window also takes for the same lesson (by its name).
     */
    private boolean isCurrent(Scenario card) {
        Scenario open = current.get();
        return card != null && open != null && (card == open || card.name().equals(open.name()));
    }

    /** Shows the card at {@code index} whole at the next layout, scrolling the least (nothing if none is picked). */
    private void reveal(int index) {
        revealing = index;
        revealTries = 3;
        requestLayout();
    }

    /**
     * After the list is laid out: a card to reveal is scrolled to (a card far off is first brought near by an
     * estimate, as the cards differ in height, so this runs again until it shows whole, a few times at most).
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (revealing < 0 || revealing >= list.getItems().size()) {
            revealing = -1;
            return;
        }
        list.layout();
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(revealing);
            list.layout();
            IndexedCell<?> cell = flow.getVisibleCell(revealing);
            boolean whole = cell != null && cell.getLayoutY() >= -0.5
                    && cell.getLayoutY() + cell.getHeight() <= flow.getHeight() + 0.5;
            if (whole || --revealTries <= 0) {
                revealing = -1;
            } else {
                requestLayout();
            }
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
            pseudoClassStateChanged(PodiumStyles.CURRENT, !empty && isCurrent(scenario));
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
