package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.SimTimeFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The narration: the sentences of {@link NarrationModel} in a virtualised list (a bounded number of
 * lines, so no node per event), newest at the bottom and scrolled into view. Cues are emphasised
 * with the {@code :cue} pseudo-class, the shell's notes with {@code :note}. The latest cue is also pinned
 * above the list in a {@link CueCard}, like a subtitle, so the lesson's words stay in view while events stream past. Tab reaches the
 * list, the arrow keys move through its lines, and Enter (or a double click) takes the playhead to the line picked.
 */
public final class NarrationPanel extends VBox {
    /** The least height of the list of sentences: two lines of two rows of words each. */
    static final double MIN_LIST_HEIGHT = 150;
    /** A line whose words the cue card above the list already shows in full. */
    private static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    /** The most lines of words a row of the list shows unless picked (a longer sentence ends in an ellipsis). */
    static final int ROW_LINES = 3;
    private final ListView<NarrationLine> list;
    private final LineHeights heights = new LineHeights();
    private boolean scrollPending;
    private LongConsumer onSeek = t -> { };

    /** {@code scaleNanos} gives the time unit (the run's duration). */
    public NarrationPanel(NarrationModel model, I18n i18n, LongSupplier scaleNanos) {
        getStyleClass().add(PodiumStyles.NARRATION);
        Label header = new Label();
        header.setId("narration-header");
        header.getStyleClass().add(PodiumStyles.PANEL_HEADER);
        header.textProperty().bind(i18n.text("narration.header"));

        list = new ListView<>(model.lines());
        list.setId("narration");
        list.setCellFactory(v -> new LineCell(v, scaleNanos, model, heights));
        // A handler, not a filter: the window's keys (Space, Page Up/Down, L, 0…) are taken before the list sees them.
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                seekToPicked();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                seekToPicked();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // Room for a few lines even under a long pinned cue: squeezed to nothing, the list's cells were drawn over
        // the next cue's text below it.
        list.setMinHeight(MIN_LIST_HEIGHT);
        // Asks for no more than that, so a short column takes its room from the card (whose words then scroll)
        // rather than from the list; a tall one gives the list what is left.
        list.setPrefHeight(MIN_LIST_HEIGHT);
        // One scroll per burst of changes, not one per change: at a live cluster's thousand events a second, each
        // scrollTo re-measured the wrapped cells and stalled the FX thread.
        model.lines().addListener((ListChangeListener<NarrationLine>) change -> {
            if (!scrollPending) {
                scrollPending = true;
                Platform.runLater(() -> {
                    scrollPending = false;
                    if (!list.getItems().isEmpty() && !keepsUsersLine()) {
                        list.scrollTo(list.getItems().size() - 1);
                    }
                });
            }
        });
        CueCard cue = new CueCard(model.currentCueProperty());
        // The line of the card's cue says the same words: one line in the list is enough to place it in time.
        model.currentCueProperty().addListener((obs, old, now) -> list.refresh());
        getChildren().addAll(header, cue, list);
    }

    /** The user has moved to a line with the arrow keys and is still in the list: new lines do not take it away. */
    private boolean keepsUsersLine() {
        return list.isFocused() && !list.getSelectionModel().isEmpty();
    }

    public ListView<NarrationLine> list() {
        return list;
    }

    /** How many wrapped heights of lines have been measured (tests). */
    int heightsMeasured() {
        return heights.measured;
    }

    /** What Enter on a line does with its time (the window seeks there); nothing until set. */
    public void setOnSeek(LongConsumer seek) {
        onSeek = seek;
    }

    private void seekToPicked() {
        NarrationLine picked = list.getSelectionModel().getSelectedItem();
        if (picked != null) {
            onSeek.accept(picked.timeNanos());
        }
    }

    /** One line: time (muted, monospace) then the sentence (wrapping, up to a few lines). */
    private static final class LineCell extends ListCell<NarrationLine> {
        private final Label time = new Label();
        private final ClampedLabel text = new ClampedLabel();
        private final HBox box = new HBox(10, time, text);
        private final LongSupplier scaleNanos;
        private final NarrationModel model;

        LineCell(ListView<NarrationLine> owner, LongSupplier scaleNanos, NarrationModel model, LineHeights heights) {
            text.heights = heights;
            this.scaleNanos = scaleNanos;
            this.model = model;
            // Wrap within the list's width (less the time column, padding and scroll bar).
            text.maxWidthProperty().bind(owner.widthProperty().subtract(time.widthProperty()).subtract(56));
            getStyleClass().add(PodiumStyles.NARRATION_LINE);
            time.getStyleClass().add(PodiumStyles.NARRATION_TIME);
            time.setMinWidth(USE_PREF_SIZE);
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.setFillHeight(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(NarrationLine line, boolean empty) {
            super.updateItem(line, empty);
            pseudoClassStateChanged(PodiumStyles.CUE, !empty && line.kind() == NarrationLine.Kind.CUE);
            pseudoClassStateChanged(PodiumStyles.NOTE, !empty && line.kind() == NarrationLine.Kind.NOTE);
            pseudoClassStateChanged(PINNED, false);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            time.setText(SimTimeFormat.format(line.timeNanos(), scaleNanos.getAsLong()));
            text.setText(line.text());
            boolean pinned = line.equals(model.currentCueProperty().get());
            pseudoClassStateChanged(PINNED, pinned);
            text.setWrapText(!pinned);
            fitLines();
            setText(null);
            setGraphic(box);
        }

        /** The line the arrows picked shows all its words; the others up to {@link #ROW_LINES} lines. */
        @Override
        public void updateSelected(boolean selected) {
            super.updateSelected(selected);
            fitLines();
        }

        private void fitLines() {
            text.lines = isSelected() ? Integer.MAX_VALUE : ROW_LINES;
            text.requestLayout();
        }
    }

    /**
     * The heights of wrapped lines already measured, by everything the height depends on (words, width, font, line
     * limit, insets): a new line at the bottom moves every row into the next cell, and the list asks each cell its
     * height several times a layout; measuring the wrapped words again each time stalled the FX thread under a live
     * cluster's stream of lines. The newest {@value #MAX} heights are kept.
     */
    private static final class LineHeights extends LinkedHashMap<String, Double> {
        static final int MAX = 1_000;
        int measured;

        LineHeights() {
            super(256, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > MAX;
        }
    }

    /** A wrapping label no taller than {@code lines} lines of its font; cut words end in an ellipsis. */
    private static final class ClampedLabel extends Label {
        /** Measures a line of the label's font, Latin and CJK. */
        private final Text probe = new Text("Ag\u56fd");
        int lines = Integer.MAX_VALUE;
        LineHeights heights;

        @Override
        protected double computePrefHeight(double width) {
            if (heights == null || getSkin() == null) {
                return measure(width);
            }
            String key = width + "|" + getFont() + "|" + lines + "|" + isWrapText() + "|" + getLineSpacing() + "|"
                    + getInsets() + "|" + getLabelPadding() + "|" + getText();
            Double height = heights.get(key);
            if (height == null) {
                height = measure(width);
                heights.put(key, height);
                heights.measured++;
            }
            return height;
        }

        private double measure(double width) {
            double all = super.computePrefHeight(width);
            if (lines == Integer.MAX_VALUE) {
                return all;
            }
            probe.setFont(getFont());
            probe.setLineSpacing(getLineSpacing());
            double line = probe.getLayoutBounds().getHeight() + getLineSpacing();
            double cap = Math.ceil((lines + 0.5) * line) + snappedTopInset() + snappedBottomInset();
            return Math.min(all, cap);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
