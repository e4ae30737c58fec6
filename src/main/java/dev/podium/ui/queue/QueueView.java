package dev.podium.ui.queue;

import dev.podium.timeline.Timeline;
import dev.podium.ui.shell.Inspection;
import dev.podium.ui.shell.WorldView;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** PLACEHOLDER: replaced by the queue view branch. */
public final class QueueView implements WorldView {
    private final Label label = new Label("queue");

    @Override
    public Node node() {
        return label;
    }

    @Override
    public void bind(Timeline timeline) {
    }

    @Override
    public void render(long playheadNanos) {
        label.setText("queue at " + playheadNanos + " ns");
    }

    @Override
    public Inspection pick(double x, double y) {
        return null;
    }
}
