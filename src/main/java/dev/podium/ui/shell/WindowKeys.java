package dev.podium.ui.shell;

import javafx.beans.property.BooleanProperty;

/** What the shell's keys ({@link ShellKeys}) do in the main window. FX thread only. */
class WindowKeys implements ShellKeys.Commands {
    private final PlayerModel model;
    private final BooleanProperty presenterActive;
    private final PresenterControls presenter;
    private final Runnable resetZoom;

    WindowKeys(PlayerModel model, BooleanProperty presenterActive, PresenterControls presenter, Runnable resetZoom) {
        this.model = model;
        this.presenterActive = presenterActive;
        this.presenter = presenter;
        this.resetZoom = resetZoom;
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

    @Override
    public void nextCue() {
        presenter.nextCue();
    }

    @Override
    public void previousCue() {
        presenter.previousCue();
    }

    @Override
    public void toggleCaptions() {
        presenter.toggleCaptions();
    }

    @Override
    public void toggleBlank() {
        presenter.toggleBlank();
    }

    @Override
    public void pointer(boolean on) {
        presenter.setPointer(on);
    }

    @Override
    public void resetZoom() {
        resetZoom.run();
    }

    @Override
    public boolean pick(int number) {
        return presenter.pick(number);
    }

    @Override
    public boolean enter() {
        return presenter.enter();
    }
}
