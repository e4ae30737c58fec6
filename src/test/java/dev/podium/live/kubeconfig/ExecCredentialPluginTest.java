package dev.podium.live.kubeconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fake plugins are tiny shell scripts in a temporary directory that is the whole PATH. */
class ExecCredentialPluginTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path bin;

    private final MutableClock clock = new MutableClock(T0);

    private ExecCredentialPlugin plugins(Duration timeout) {
        return new ExecCredentialPlugin(LoginShellPath.fixed(bin + ":/usr/bin:/bin"), timeout, clock);
    }

    private void script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static ExecConfig exec(String command, String apiVersion) {
        return new ExecConfig(command, List.of("get-token", "--cluster", "c1"), Map.of("PLUGIN_MODE", "test"),
                apiVersion, null, false);
    }

    private static String credential(String apiVersion, String token, String expiry) {
        String expiration = expiry == null ? "" : ",\"expirationTimestamp\":\"" + expiry + "\"";
        return "cat <<'EOF'\n{\"apiVersion\":\"" + apiVersion
                + "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\""
                + token + "\"" + expiration + "}}\nEOF";
    }

    @Test
    void v1AndV1beta1CredentialsAreParsed() throws Exception {
        script("plugin-v1", credential(ExecConfig.V1, "token-v1-abcdefgh", "2030-01-01T01:00:00Z"));
        script("plugin-beta", credential(ExecConfig.V1BETA1, "token-beta-abcdefgh", null));
        ExecCredential v1 = plugins(Duration.ofSeconds(10)).credential("ctx", exec("plugin-v1", ExecConfig.V1));
        assertEquals("token-v1-abcdefgh", v1.token());
        assertEquals(Instant.parse("2030-01-01T01:00:00Z"), v1.expiration());
        assertFalse(v1.toString().contains("token-v1"), v1.toString());
        ExecCredential beta = plugins(Duration.ofSeconds(10)).credential("ctx",
                exec("plugin-beta", ExecConfig.V1BETA1));
        assertEquals("token-beta-abcdefgh", beta.token());
        assertNull(beta.expiration());
    }

    @Test
    void thePluginGetsItsArgsEnvAndExecInfo() throws Exception {
        Path seen = bin.resolve("seen.txt");
        script("plugin", "echo \"$@|$PLUGIN_MODE|$KUBERNETES_EXEC_INFO\" > " + seen + "\n"
                + credential(ExecConfig.V1, "abcdefghijk", null));
        plugins(Duration.ofSeconds(10)).credential("ctx", exec("plugin", ExecConfig.V1));
        assertEquals("get-token --cluster c1|test|{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                + "\"kind\":\"ExecCredential\",\"spec\":{\"interactive\":false}}\n", Files.readString(seen));
    }

    @Test
    void aVersionMismatchIsAnError() throws Exception {
        script("plugin", credential(ExecConfig.V1BETA1, "abcdefghijk", null));
        LiveConfigException e = assertThrows(LiveConfigException.class,
                () -> plugins(Duration.ofSeconds(10)).credential("ctx", exec("plugin", ExecConfig.V1)));
        assertEquals("exec plugin 'plugin' answered with apiVersion 'client.authentication.k8s.io/v1beta1', but the "
                + "kubeconfig asks for 'client.authentication.k8s.io/v1'", e.getMessage());
    }

    @Test
    void noiseOnStandardErrorIsKeptApartFromTheCredential() throws Exception {
        script("noisy", "i=0; while [ $i -lt 2000 ]; do echo 'Refreshing token cache, please wait .............' >&2;"
                + " i=$((i+1)); done\n" + credential(ExecConfig.V1, "noisy-token-123", null));
        assertEquals("noisy-token-123",
                plugins(Duration.ofSeconds(10)).credential("ctx", exec("noisy", ExecConfig.V1)).token());
    }

    @Test
    void aHungPluginIsStoppedAtTheTimeoutWithAClearError() throws Exception {
        script("hung", "echo 'Opening browser for login...' >&2\nsleep 60\n" + credential(ExecConfig.V1, "x", null));
        long start = System.nanoTime();
        LiveConfigException e = assertThrows(LiveConfigException.class,
                () -> plugins(Duration.ofSeconds(2)).credential("ctx", exec("hung", ExecConfig.V1)));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().startsWith("exec plugin 'hung' did not finish within 2 s and was stopped; is it "
                + "waiting for a browser login or a prompt?; it said: Opening browser for login..."), e.getMessage());
        assertTrue(tookMillis < 8000, "took " + tookMillis + " ms");
    }

    @Test
    void aFailingPluginQuotesItsStandardErrorScrubbed() throws Exception {
        script("failing", "echo 'error: refresh failed, password=hunter2secret token: abcdefghijklmnop' >&2\nexit 1");
        LiveConfigException e = assertThrows(LiveConfigException.class,
                () -> plugins(Duration.ofSeconds(10)).credential("ctx", exec("failing", ExecConfig.V1)));
        assertEquals("exec plugin 'failing' failed with exit code 1; it said: error: refresh failed, "
                + "password=<redacted> token: <redacted>", e.getMessage());
    }

    @Test
    void aMissingPluginQuotesTheInstallHint() {
        ExecConfig exec = new ExecConfig("example-auth-plugin", List.of(), Map.of(), ExecConfig.V1BETA1,
                "Install example-auth-plugin for use with kubectl by following\nhttps://example.com/...", false);
        LiveConfigException e = assertThrows(LiveConfigException.class,
                () -> plugins(Duration.ofSeconds(10)).credential("ctx", exec));
        assertEquals("exec plugin 'example-auth-plugin' was not found: it is not on your login shell's PATH\n"
                + "Install example-auth-plugin for use with kubectl by following\nhttps://example.com/...",
                e.getMessage());
    }

    @Test
    void garbageOnStandardOutputIsQuotedScrubbed() throws Exception {
        script("garbage", "echo 'Bearer abcdefghijklmnop is your token'");
        LiveConfigException e = assertThrows(LiveConfigException.class,
                () -> plugins(Duration.ofSeconds(10)).credential("ctx", exec("garbage", ExecConfig.V1)));
        assertEquals("exec plugin 'garbage' printed something that is not ExecCredential JSON: Bearer <redacted> is "
                + "your token", e.getMessage());
    }

    @Test
    void theTokenIsCachedUntilItsExpiryLessTheSkew() throws Exception {
        Path runs = bin.resolve("runs.txt");
        script("counting", "echo run >> " + runs + "\n"
                + credential(ExecConfig.V1, "cached-token-123", "2030-01-01T00:10:00Z"));
        ExecCredentialPlugin plugins = plugins(Duration.ofSeconds(10));
        ExecConfig exec = exec("counting", ExecConfig.V1);
        ExecCredential first = plugins.credential("ctx", exec);
        clock.advance(Duration.ofMinutes(9));
        assertSame(first, plugins.credential("ctx", exec), "still 60 s before expiry");
        assertEquals(1, Files.readAllLines(runs).size());
        clock.advance(Duration.ofSeconds(31));
        plugins.credential("ctx", exec);
        assertEquals(2, Files.readAllLines(runs).size(), "within the 30 s skew: run again");
        plugins.credential("other-context", exec);
        assertEquals(3, Files.readAllLines(runs).size(), "the cache is per context");
        plugins.invalidate("other-context");
        plugins.credential("other-context", exec);
        assertEquals(4, Files.readAllLines(runs).size(), "invalidated: run again");
    }

    @Test
    void loginShellPathIsReadAfterRcNoiseAndFallsBackWhenTheShellFailsOrHangs() throws Exception {
        script("fake-shell",
                "echo 'Welcome! Last login: yesterday'\nprintf '%s%s' __PODIUM_PATH__ /opt/tools/bin:/usr/bin");
        assertEquals("/opt/tools/bin:/usr/bin",
                new LoginShellPath(bin.resolve("fake-shell").toString(), Duration.ofSeconds(10), "/fallback").path());
        assertEquals("/fallback",
                new LoginShellPath(bin.resolve("no-such-shell").toString(), Duration.ofSeconds(10), "/fallback")
                        .path());
        script("failing-shell", "exit 3");
        assertEquals("/fallback",
                new LoginShellPath(bin.resolve("failing-shell").toString(), Duration.ofSeconds(10), "/fallback")
                        .path());
        script("hung-shell", "sleep 60");
        assertEquals("/fallback",
                new LoginShellPath(bin.resolve("hung-shell").toString(), Duration.ofSeconds(1), "/fallback").path());
        assertEquals("/fallback", new LoginShellPath(null, Duration.ofSeconds(1), "/fallback").path());
    }

    @Test
    void aRealLoginShellGivesAPath() {
        String path = new LoginShellPath("/bin/sh", Duration.ofSeconds(10), "/fallback").path();
        assertTrue(path.contains("/bin"), path);
    }
}
