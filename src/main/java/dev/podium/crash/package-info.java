/**
 * What a crash leaves behind: {@link dev.podium.crash.CrashReport} (the version, the OS, the Java runtime, the thread,
 * the stack and the last lines the user saw, every line scrubbed of secrets by the live code's
 * {@code dev.podium.live.log.Redactor}) written as a text file into a {@code crashes/} directory beside the log file
 * ({@link dev.podium.crash.CrashReports}). No JavaFX: the window's handler and dialog live in {@code ui.shell}.
 */
package dev.podium.crash;
