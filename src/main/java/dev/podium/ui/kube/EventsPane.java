package dev.podium.ui.kube;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.EventLine;
import dev.podium.world.kube.state.KubeState;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * The events tab: {@code kubectl get events} as a virtualised table (LAST SEEN, TYPE, REASON, OBJECT, MESSAGE), newest
 * last, refreshed only when the state's event list changed (LAST SEEN follows the playhead). FX thread only.
 */
final class EventsPane extends StackPane {
    static final String ID = "kube-events";
    static final String TABLE_ID = "kube-events-table";

    private final TableView<EventLine> table = new TableView<>();
    private final TableColumn<EventLine, String> seen = new TableColumn<>();
    private final TableColumn<EventLine, String> type = new TableColumn<>();
    private final TableColumn<EventLine, String> reason = new TableColumn<>();
    private final TableColumn<EventLine, String> object = new TableColumn<>();
    private final TableColumn<EventLine, String> message = new TableColumn<>();
    private final Label empty = new Label();
    private EventLine lastShown;
    private int lastSize = -1;
    private long now;

    EventsPane() {
        setId(ID);
        table.setId(TABLE_ID);
        seen.setCellValueFactory(c -> new ReadOnlyStringWrapper(SimDurations.age(now - c.getValue().timeNanos())));
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        object.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().object()));
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        seen.setPrefWidth(150); // "LAST SEEN" in bold at 17px, not clipped to "LAST SE..."
        type.setPrefWidth(110);
        reason.setPrefWidth(200);
        object.setPrefWidth(300);
        message.setPrefWidth(760);
        table.getColumns().add(seen);
        table.getColumns().add(type);
        table.getColumns().add(reason);
        table.getColumns().add(object);
        table.getColumns().add(message);
        table.setPlaceholder(empty);
        table.setStyle("-fx-font-size: 17px;");
        table.setFocusTraversable(true); // Tab reaches the events; Up and Down then move through them
        getChildren().add(table);
    }

    void render(KubeState s, long nowNanos, ViewText t) {
        seen.setText(t.get("col.lastSeen"));
        type.setText(t.get("col.type"));
        reason.setText(t.get("col.reason"));
        object.setText(t.get("col.object"));
        message.setText(t.get("col.message"));
        empty.setText(t.get("events.empty"));
        boolean moved = nowNanos != now;
        now = nowNanos;
        List<EventLine> lines = s.recentEvents();
        EventLine newest = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (newest != lastShown || lines.size() != lastSize) {
            lastShown = newest;
            lastSize = lines.size();
            table.getItems().setAll(lines);
            table.scrollTo(Math.max(0, lines.size() - 1));
        } else if (moved) {
            table.refresh(); // LAST SEEN ages with the playhead
        }
    }

    TableView<EventLine> table() {
        return table;
    }
}
