package dev.podium.ui.live;

import dev.podium.live.kubeconfig.ContextInfo;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * One context in the Connect dialog's list: its name, a "current" badge on current-context, and a warning icon on
 * a context that cannot be used (the details say why).
 */
final class ContextCell extends ListCell<ContextInfo> {
    private final Optional<String> current;
    private final Label name = new Label();
    private final Label badge;
    private final FontIcon broken = new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
    private final HBox row;

    ContextCell(Optional<String> current, ConnectText text) {
        this.current = current;
        name.getStyleClass().add(ConnectDialog.NAME);
        badge = new Label(text.get("current"));
        badge.getStyleClass().add(ConnectDialog.CURRENT);
        row = new HBox(8, broken, name, badge);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(ContextInfo item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.setText(item.name());
        boolean isCurrent = current.filter(item.name()::equals).isPresent();
        badge.setVisible(isCurrent);
        badge.setManaged(isCurrent);
        broken.setVisible(item.problem() != null);
        broken.setManaged(item.problem() != null);
        setText(null);
        setGraphic(row);
    }
}
