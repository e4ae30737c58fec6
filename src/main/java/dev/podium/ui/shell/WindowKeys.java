package dev.podium.ui.shell;

import javafx.beans.property.BooleanProperty;

/** What the shell's keys ({@link ShellKeys}) do in the main window. FX thread only. */
class WindowKeys implements ShellKeys.Commands {
    private final PlayerModel model;
    private final BooleanProperty presenterActive;

    WindowKeys(PlayerModel model, BooleanProperty presenterActive) {
        this.model = model;
        this.presenterActive = presenterActive;
    }

    @Override
    public void togglePlay() {
        model.togglePlay();
    }

    @Override
    public void stepForward() {
        model.stepForward();
    }

    @Override
    public void stepBack() {
        model.stepBack();
    }

    @Override
    public void speedUp() {
        model.speedUp();
    }

    @Override
    public void speedDown() {
        model.speedDown();
    }

    @Override
    public void restart() {
        model.restart();
    }

    @Override
    public void toEnd() {
        if (model.liveProperty().get()) {
            model.goLive();
        } else {
            model.seek(model.durationProperty().get());
        }
    }

    @Override
    public void togglePresenter() {
        presenterActive.set(!presenterActive.get());
    }
}
