package dev.podium.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The log file's place on each OS, and the scrubbing of messages and stack traces. */
class LoggingTest {

    @Test
    void theLogDirectoryFollowsXdgOnLinuxAndTheConventionsElsewhere() {
        assertEquals(Path.of("/home/ada/.local/state/podium"),
                LogDirectory.resolve(null, "Linux", "/home/ada", Map.of()));
        assertEquals(Path.of("/xdg/state/podium"),
                LogDirectory.resolve(null, "Linux", "/home/ada", Map.of("XDG_STATE_HOME", "/xdg/state")));
        assertEquals(Path.of("/home/ada/.local/state/podium"),
                LogDirectory.resolve("", "Linux", "/home/ada", Map.of("XDG_STATE_HOME", "relative/ignored")));
        assertEquals(Path.of("/Users/ada/Library/Logs/Podium"),
                LogDirectory.resolve(null, "Mac OS X", "/Users/ada", Map.of()));
        assertEquals(Path.of("C:/Users/ada/AppData/Local", "Podium", "logs"),
                LogDirectory.resolve(null, "Windows 11", "C:/Users/ada", Map.of("LOCALAPPDATA",
                        "C:/Users/ada/AppData/Local")));
        assertEquals(Path.of("/tmp/logs"), LogDirectory.resolve("/tmp/logs", "Linux", "/home/ada", Map.of()));
    }

    @Test
    void messagesAndStackTracesAreScrubbed() {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("io.fabric8.Test"), Level.WARN,
                "request with Authorization: Bearer {} failed", new IllegalStateException(
                        "token=s3cr3t-value-123 in the config"), new Object[] {"abcd.efgh.ijkl"});
        String message = new RedactedMessage().convert(event);
        assertFalse(message.contains("abcd.efgh.ijkl"), message);
        assertTrue(message.contains("<redacted>"), message);
        RedactedThrowable throwable = new RedactedThrowable();
        throwable.setContext(context);
        throwable.start();
        String trace = throwable.convert(event);
        assertTrue(trace.contains("IllegalStateException"), trace);
        assertFalse(trace.contains("s3cr3t-value-123"), trace);
        String verbose = Verbosity.line(event);
        assertFalse(verbose.contains("s3cr3t-value-123") || verbose.contains("abcd.efgh.ijkl"), verbose);
        assertTrue(verbose.contains(" WARN io.fabric8.Test - "), verbose);
    }
}
