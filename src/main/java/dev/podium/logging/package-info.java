/**
 * Where Podium's log goes and how it is kept safe: the log file in the user's state directory
 * ({@link dev.podium.logging.LogDirectory}), the logback converters that scrub secrets out of every message and stack
 * trace ({@link dev.podium.logging.RedactedMessage}, {@link dev.podium.logging.RedactedThrowable}), the one-line
 * notice that tells a console user where the log is ({@link dev.podium.logging.LogFileNotice}), and the
 * {@code --verbose} switch ({@link dev.podium.logging.Verbosity}). Configured by {@code logback.xml} in the jar.
 * No JavaFX, no fabric8.
 */
package dev.podium.logging;
