package dev.podium.live.kubeconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The credential-holding types print no secret (the scrubbing itself is tested in {@code RedactionTest}). */
class CredentialRedactionTest {

    private static final String TOKEN = "sha256~Zx9TqPlmN0aKdJ3wVb7RfYc2UeHs";
    private static final String KEY_DATA = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVB";
    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void specsAndCredentialsPrintNoSecret() {
        UserSpec user = new UserSpec("u", TOKEN, null, null, null, null, KEY_DATA, "admin", PASSWORD, null, null);
        assertEquals("UserSpec[name=u, kind=TOKEN]", user.toString());
        ExecCredential credential = new ExecCredential(TOKEN, "cert", KEY_DATA, null);
        assertFalse(credential.toString().contains(TOKEN));
        assertFalse(credential.toString().contains(KEY_DATA));
        LiveConfigException e = new LiveConfigException(null, "bad token: " + TOKEN);
        assertEquals("bad token: <redacted>", e.getMessage());
    }
}
