package dev.podium.ui.shell;

import dev.podium.ui.common.PodiumStyles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The lesson's current cue, pinned above the narration list like a subtitle, in its own band: as tall as its
 * wrapped words when the column has room, and in a short column (the list below keeps its least height) its words
 * scroll inside the card instead of the card covering the list. Never shorter than about three lines. Scrolled,
 * it shows whole lines only: a line its edge would cut in half is hidden (a clip on the words), and the arrow keys
 * and the wheel move the words a line at a time.
 */
final class CueCard extends ScrollPane {
    /** The least height of the card: about three lines of its big text. */
    static final double MIN_HEIGHT = 84;
    private final Label words = new Label();
    private final Rectangle clip = new Rectangle();

    CueCard(ObservableValue<NarrationLine> cue) {
        setId("narration-cue");
        getStyleClass().add("narration-cue-card");
        words.setId("narration-cue-text");
        words.getStyleClass().add(PodiumStyles.NARRATION_CUE_BANNER);
        words.setWrapText(true);
        words.setMinHeight(USE_PREF_SIZE);
        words.setMaxWidth(Double.MAX_VALUE);
        words.textProperty().bind(Bindings.createStringBinding(
                () -> cue.getValue() == null ? "" : cue.getValue().text(), cue));
        setContent(words);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        // Tab reaches it, so the arrow keys can scroll words that do not fit.
        setFocusTraversable(true);
        visibleProperty().bind(Bindings.createBooleanBinding(() -> cue.getValue() != null, cue));
        managedProperty().bind(visibleProperty());
        // A new cue starts at its first words.
        words.textProperty().addListener((obs, old, now) -> setVvalue(0));
        words.setClip(clip);
        viewportBoundsProperty().addListener((obs, old, now) -> clipToWholeLines());
        vvalueProperty().addListener((obs, old, now) -> clipToWholeLines());
        words.layoutBoundsProperty().addListener((obs, old, now) -> clipToWholeLines());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            if (plain && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)) {
                scrollLines(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && overflow() > 0) {
                scrollLines(e.getDeltaY() < 0 ? 1 : -1);
                e.consume();
            }
        });
    }

    /** How far the words are scrolled (the viewport's top, in the words). */
    private double offset() {
        double range = getVmax() - getVmin();
        return range <= 0 ? 0 : (getVvalue() - getVmin()) / range * overflow();
    }

    /** How far the words run past the viewport (0 when they fit). */
    private double overflow() {
        return Math.max(0, words.getHeight() - getViewportBounds().getHeight());
    }

    /** Moves the words {@code lines} lines on (back if negative), to where a line starts, or to either end. */
    private void scrollLines(int lines) {
        double max = overflow();
        if (max <= 0) {
            return;
        }
        List<Double> edges = lineEdges();
        List<Double> tops = edges.subList(0, edges.size() - 1);
        double target = Math.max(offset(), tops.get(0)); // in the padding above the first line: at the first line
        for (int i = 0; i < Math.abs(lines); i++) {
            double from = target;
            target = lines > 0 ? tops.stream().filter(t -> t > from + 0.5).findFirst().orElse(max)
                    : tops.stream().filter(t -> t < from - 0.5).reduce((a, b) -> b).orElse(0.0);
        }
        if (target <= tops.get(0) + 0.5) {
            target = 0; // the first line: with the padding above it
        }
        setVvalue(getVmin() + Math.max(0, Math.min(max, target)) / max * (getVmax() - getVmin()));
    }

    /**
     * Where the words' lines start, then where the last one ends, in the label: from the caret's place at each
     * character of the laid-out text (exact, whatever the font and wrapping).
     */
    private List<Double> lineEdges() {
        List<Double> edges = new ArrayList<>();
        if (words.lookup(".text") instanceof Text text && !text.getText().isEmpty()) {
            double y0 = text.getBoundsInParent().getMinY() - text.getLayoutBounds().getMinY();
            for (int i = 0; i <= text.getText().length(); i++) {
                PathElement[] caret = text.caretShape(i, true);
                if (caret.length > 0 && caret[0] instanceof MoveTo move) {
                    double y = y0 + move.getY();
                    if (edges.isEmpty() || y > edges.get(edges.size() - 1) + 0.5) {
                        edges.add(y);
                    }
                }
            }
            edges.add(text.getBoundsInParent().getMaxY());
        } else {
            edges.add(words.snappedTopInset());
            edges.add(words.getHeight() - words.snappedBottomInset());
        }
        return edges;
    }

    /**
     * Hides the lines that the viewport's edges cut: the clip on the words runs from the first line that starts inside
     * the viewport to the last that ends inside it (the words' own padding shows as it is).
     */
    private void clipToWholeLines() {
        double top = offset();
        double bottom = top + getViewportBounds().getHeight();
        List<Double> edges = lineEdges();
        double first = edges.get(0);
        double last = edges.get(edges.size() - 1);
        double shownTop = top <= first + 0.5 ? top
                : edges.stream().filter(e -> e >= top - 0.5).findFirst().orElse(last);
        double shownBottom = bottom >= last - 0.5 ? bottom
                : edges.stream().filter(e -> e <= bottom + 0.5).reduce((a, b) -> b).orElse(first);
        clip.setX(0);
        clip.setY(shownTop);
        clip.setWidth(Math.max(0, words.getWidth()));
        clip.setHeight(Math.max(0, shownBottom - shownTop));
    }

    /** After the card is laid out, its words are too (so their lines are known), and the clip follows them. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        words.layout();
        clipToWholeLines();
    }

    /** The part of the words shown: whole lines (for tests). */
    Rectangle clip() {
        return clip;
    }

    /** The words shown (for tests and the presenter's notes). */
    Label words() {
        return words;
    }

    /** Its height depends on its width (the words wrap). */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** About three lines, or all the words when they are fewer. */
    @Override
    protected double computeMinHeight(double width) {
        return Math.min(MIN_HEIGHT, computePrefHeight(width));
    }

    /** As tall as the words wrapped in this width (a scroll pane otherwise asks for its content's one-line height). */
    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        if (inner <= 0) {
            return super.computePrefHeight(width);
        }
        return words.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
    }
}
