package dev.podium.ui.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs a piece of work on the FX thread and waits for its answer: how a worker asks for a snapshot. Each call is
 * one short task in the FX queue, so the window keeps answering between frames.
 */
final class FxThread {
    private FxThread() {
    }

    static <T> T call(Supplier<T> work) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(work.get());
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        try {
            return answer.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
