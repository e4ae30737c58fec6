package dev.podium.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A stage's scroll pane is a Tab stop only while its content overflows it (a small window, a tall stage): then Tab
 * reaches it and the arrow keys scroll it; with nothing to scroll, Tab passes it by.
 */
public final class ScrollStop {
    private ScrollStop() {
    }

    /** Keeps {@code pane} focus-traversable exactly while its content is larger than its viewport. */
    public static void whileOverflowing(ScrollPane pane) {
        InvalidationListener update = o -> pane.setFocusTraversable(overflows(pane));
        InvalidationListener watchContent = new InvalidationListener() {
            private Node watched;

            @Override
            public void invalidated(Observable o) {
                if (watched != null) {
                    watched.layoutBoundsProperty().removeListener(update);
                }
                watched = pane.getContent();
                if (watched != null) {
                    watched.layoutBoundsProperty().addListener(update);
                }
                update.invalidated(o);
            }
        };
        pane.contentProperty().addListener(watchContent);
        pane.viewportBoundsProperty().addListener(update);
        watchContent.invalidated(pane.contentProperty());
    }

    /** Whether {@code pane}'s content is larger than its viewport (more than half a pixel either way). */
    public static boolean overflows(ScrollPane pane) {
        Node content = pane.getContent();
        Bounds view = pane.getViewportBounds();
        if (content == null || view == null || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return false;
        }
        Bounds size = content.getLayoutBounds();
        return size.getWidth() > view.getWidth() + 0.5 || size.getHeight() > view.getHeight() + 0.5;
    }
}
