package dev.podium.ui.shell;

import dev.podium.timeline.Asked;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The question on show, without nodes: which {@link Asked} (null when none), the option the class picked (-1 for
 * none yet) and whether the answer is revealed. Picking is only possible before the reveal. FX thread only.
 */
final class QuestionModel {
    private final ReadOnlyObjectWrapper<Asked> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper picked = new ReadOnlyIntegerWrapper(this, "picked", -1);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");

    // ---- properties ----

    ReadOnlyObjectProperty<Asked> currentProperty() {
        return current.getReadOnlyProperty();
    }

    Asked current() {
        return current.get();
    }

    boolean isOpen() {
        return current.get() != null;
    }

    ReadOnlyIntegerProperty pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    boolean isRevealed() {
        return revealed.get();
    }

    // ---- commands ----

    /** Shows {@code asked}, nothing picked, not revealed. */
    void open(Asked asked) {
        picked.set(-1);
        revealed.set(false);
        current.set(asked);
    }

    void close() {
        current.set(null);
        picked.set(-1);
        revealed.set(false);
    }

    /** Picks option {@code index} (from 0); false if no question is open, it is revealed, or no such option. */
    boolean pick(int index) {
        Asked asked = current.get();
        if (asked == null || revealed.get() || index < 0 || index >= asked.options().size()) {
            return false;
        }
        picked.set(index);
        return true;
    }

    /** Reveals the answer; false if no question is open or it is revealed already. */
    boolean reveal() {
        if (current.get() == null || revealed.get()) {
            return false;
        }
        revealed.set(true);
        return true;
    }
}
