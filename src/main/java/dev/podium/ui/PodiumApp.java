package dev.podium.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** PLACEHOLDER: replaced by the shell branch. */
public final class PodiumApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(PodiumApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Podium"), 800, 600));
        stage.show();
    }
}
