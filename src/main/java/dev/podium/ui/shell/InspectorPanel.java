package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.world.Inspection;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The inspector: what the user clicked on the stage, as a title and name/value fields in a
 * monospace two-column grid (like kubectl's YAML). Shows a hint while nothing is picked. Tab reaches the fields and
 * the Up and Down keys scroll them.
 */
public final class InspectorPanel extends VBox {
    private final Label title = new Label();
    private final Label empty = new Label();
    private final GridPane fields = new GridPane();

    public InspectorPanel(I18n i18n) {
        setId("inspector");
        getStyleClass().add(PodiumStyles.INSPECTOR);
        Label header = new Label();
        header.setId("inspector-header");
        header.getStyleClass().add(PodiumStyles.PANEL_HEADER);
        header.textProperty().bind(i18n.text("inspector.header"));

        title.setId("inspector-title");
        title.getStyleClass().add(PodiumStyles.INSPECTOR_TITLE);
        title.setWrapText(true);
        empty.setId("inspector-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(i18n.text("inspector.empty"));
        fields.setId("inspector-fields");
        fields.setHgap(12);
        fields.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(USE_PREF_SIZE);
        fields.getColumnConstraints().addAll(names, new ColumnConstraints());

        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setId("inspector-scroll");
        scroll.setFocusTraversable(true); // Tab reaches the fields; Up and Down then scroll them
        getChildren().addAll(header, empty, title, scroll);
        // The column's last panel gives way when a long cue and the next one take the height: it shrinks, to its
        // header if need be, and clips what no longer fits rather than drawing it over the transport bar.
        setMinHeight(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        show(null);
    }

    /** Shows {@code inspection}, or the hint if null. */
    public void show(Inspection inspection) {
        boolean none = inspection == null;
        empty.setVisible(none);
        empty.setManaged(none);
        title.setVisible(!none);
        title.setManaged(!none);
        if (none) {
            fields.getChildren().clear();
            return;
        }
        title.setText(inspection.title());
        if (sameNames(inspection)) {
            int row = 0;
            for (Map.Entry<String, String> field : inspection.fields()) {
                ((Label) fields.getChildren().get(2 * row + 1)).setText(field.getValue());
                row++;
            }
            return;
        }
        fields.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> field : inspection.fields()) {
            Label name = new Label(field.getKey() + ":");
            name.getStyleClass().add(PodiumStyles.INSPECTOR_NAME);
            Label value = new Label(field.getValue());
            value.getStyleClass().add(PodiumStyles.INSPECTOR_VALUE);
            value.setWrapText(true);
            fields.addRow(row++, name, value);
        }
    }

    /** True if the grid already shows these field names (then only values change: no new nodes). */
    private boolean sameNames(Inspection inspection) {
        if (fields.getChildren().size() != 2 * inspection.fields().size()) {
            return false;
        }
        int row = 0;
        for (Map.Entry<String, String> field : inspection.fields()) {
            if (!((Label) fields.getChildren().get(2 * row)).getText().equals(field.getKey() + ":")) {
                return false;
            }
            row++;
        }
        return true;
    }
}
