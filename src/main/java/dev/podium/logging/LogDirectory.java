package dev.podium.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The directory of Podium's log file: the system property {@code podium.log.dir} if set; else, on Linux and other
 * Unixes, {@code $XDG_STATE_HOME/podium} (default {@code ~/.local/state/podium}, as the XDG Base Directory
 * specification says for logs); on macOS {@code ~/Library/Logs/Podium}; on Windows
 * {@code %LOCALAPPDATA%\Podium\logs}. Also a logback property definer ({@code <define>} in {@code logback.xml}).
 * Stateless; any thread.
 */
public final class LogDirectory extends PropertyDefinerBase {

    /** The system property that overrides the directory. */
    public static final String PROPERTY = "podium.log.dir";
    /** The log file's name inside the directory. */
    public static final String FILE_NAME = "podium.log";

    @Override
    public String getPropertyValue() {
        return current().toString();
    }

    /** The directory for this process: its system properties and environment. */
    public static Path current() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The log file for this process. */
    public static Path currentFile() {
        return current().resolve(FILE_NAME);
    }

    /** The directory for the given override (may be null or blank), OS name, home directory and environment. */
    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local);
            return base.resolve("Podium").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Logs", "Podium");
        }
        String state = env.get("XDG_STATE_HOME");
        // The specification: a relative value is invalid and is ignored.
        Path base = state != null && Path.of(state).isAbsolute() ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("podium");
    }
}
