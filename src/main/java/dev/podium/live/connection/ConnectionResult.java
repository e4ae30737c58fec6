package dev.podium.live.connection;

import dev.podium.live.log.Redactor;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link ConnectionTest} found: a status, a short human message (no stack trace, no secret), the server's
 * version when it answered ({@code ""} otherwise) and how long the test took. Immutable.
 */
public record ConnectionResult(ConnectionStatus status, String message, String serverVersion, Duration took) {

    /** Checks the parts are present and scrubs the message. */
    public ConnectionResult {
        Objects.requireNonNull(status, "status");
        message = Redactor.scrub(Objects.requireNonNull(message, "message"));
        Objects.requireNonNull(serverVersion, "serverVersion");
        Objects.requireNonNull(took, "took");
    }

    /** Whether the connection works. */
    public boolean ok() {
        return status == ConnectionStatus.OK;
    }
}
