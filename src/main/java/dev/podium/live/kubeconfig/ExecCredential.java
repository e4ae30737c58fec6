package dev.podium.live.kubeconfig;

import dev.podium.live.log.Redactor;
import java.time.Instant;
import java.util.Optional;

/**
 * What an exec credential plugin answered ({@code status} of an ExecCredential): a bearer token, or a client
 * certificate and key in PEM, and when they expire (null: never, use until the server says 401). Holds secrets:
 * {@link #toString()} shows only which parts are present. Immutable.
 */
public record ExecCredential(String token, String clientCertificateData, String clientKeyData, Instant expiration) {

    /** When the credential stops being valid, if the plugin said. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiration);
    }

    @Override
    public String toString() {
        return "ExecCredential[token=" + (token == null ? "none" : Redactor.MASK) + ", clientCertificate="
                + (clientCertificateData == null ? "none" : "present") + ", clientKey="
                + (clientKeyData == null ? "none" : Redactor.MASK) + ", expiration=" + expiration + "]";
    }
}
