package dev.podium.live.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String TOKEN = "sha256~Zx9TqPlmN0aKdJ3wVb7RfYc2UeHs";
    private static final String KEY_DATA = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVB";
    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void aFabric8ConfigLoggedThroughOurPathShowsNoSecret() {
        Config config = new ConfigBuilder().withAutoConfigure(false).withMasterUrl("https://k8s.example:6443")
                .withOauthToken(TOKEN).withClientKeyData(KEY_DATA).withUsername("admin").withPassword(PASSWORD)
                .withClientKeyPassphrase("key-passphrase-123").build();
        assertTrue(config.toString().contains(TOKEN), "fabric8's own toString leaks the token: never log it");
        for (String text : List.of(Redactor.scrub(config.toString()), LiveLog.render("config {}", config),
                Redactor.scrub((Object) config))) {
            for (String secret : List.of(TOKEN, KEY_DATA, PASSWORD, "key-passphrase-123")) {
                assertFalse(text.contains(secret), secret + " in " + text);
            }
            assertTrue(text.contains("https://k8s.example:6443"), "the rest stays readable: " + text);
        }
    }

    @Test
    void headersTokensKeysAndJwtsAreScrubbed() {
        assertEquals("Authorization: <redacted>", Redactor.scrub("Authorization: Bearer abc.def-ghi"));
        assertEquals("sent Bearer <redacted> to the server",
                Redactor.scrub("sent Bearer qwertyuiop1234 to the server"));
        assertEquals("token: <redacted>\nserver: https://x", Redactor.scrub("token: abcdef123456\nserver: https://x"));
        assertEquals("{\"token\":\"<redacted>\",\"expirationTimestamp\":\"2030-01-01T00:00:00Z\"}",
                Redactor.scrub("{\"token\":\"abcdef123456\",\"expirationTimestamp\":\"2030-01-01T00:00:00Z\"}"));
        assertEquals("client-key-data: <redacted>", Redactor.scrub("client-key-data: " + KEY_DATA));
        assertEquals("password=<redacted>, user=admin", Redactor.scrub("password=" + PASSWORD + ", user=admin"));
        assertEquals("id <redacted> end",
                Redactor.scrub("id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl end"));
        assertEquals("<redacted private key>", Redactor.scrub(
                "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\n-----END EC PRIVATE KEY-----"));
        assertEquals("https://admin:<redacted>@proxy:3128", Redactor.scrub("https://admin:s3cret@proxy:3128"));
        assertEquals("gke <redacted> eks <redacted>", Redactor.scrub("gke ya29.a0AfB_byC eks k8s-aws-v1.aHR0cHM6Ly9z"));
        assertEquals("tokenFile: /var/run/token", Redactor.scrub("tokenFile: /var/run/token"), "paths stay");
    }

    @Test
    void rememberedSecretsAreScrubbedInAnyShape() {
        Redactor.remember("opaque-value-7781");
        assertEquals("the plugin said <redacted> twice: <redacted>",
                Redactor.scrub("the plugin said opaque-value-7781 twice: opaque-value-7781"));
    }

    @Test
    void throwablesAreDescribedInOneScrubbedLine() {
        RuntimeException error = new RuntimeException("request failed", new IllegalStateException(
                "Authorization: Bearer qwertyuiop1234"));
        assertEquals("RuntimeException: request failed <- IllegalStateException: Authorization: <redacted>",
                Redactor.describe(error));
        assertEquals("failed for ctx (RuntimeException: request failed <- IllegalStateException: Authorization: "
                + "<redacted>)", LiveLog.render("failed for {}", "ctx", error));
    }
}
