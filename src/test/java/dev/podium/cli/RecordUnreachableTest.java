package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code podium record} against a server that refuses connections, run as a user runs it: a separate JVM with the
 * jar's own logging configuration (the class path without the test classes, so {@code logback.xml}, not
 * {@code logback-test.xml}). It must say why, exit 1, write no recording and print no DEBUG line; the log file gets
 * the details, without the token.
 */
class RecordUnreachableTest {

    private static final String TOKEN = "tok-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void aRefusedConnectionExitsOneSaysWhyWritesNothingAndPrintsNoDebug() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        Path kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, String.join("\n", "apiVersion: v1", "kind: Config", "clusters:", "- name: c",
                "  cluster:", "    server: https://127.0.0.1:" + port, "users:", "- name: u",
                "  user: {token: " + TOKEN + "}", "contexts:", "- name: dead", "  context: {cluster: c, user: u}", ""));
        Path out = dir.resolve("rec.jsonl");
        Path logs = dir.resolve("logs");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.replace('\\', '/').endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, "-Dpodium.log.dir=" + logs, "dev.podium.Main", "record", "--context",
                "dead", "--kubeconfig", kubeconfig.toString(), "--until", "20s", "--out", out.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile()).start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "record did not end");
        String stdout = Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8);
        String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
        assertEquals(PodiumCli.INPUT_PROBLEM, process.exitValue(), stdout + stderr);
        assertTrue(stderr.contains("cannot reach https://127.0.0.1:" + port + ": "), stderr);
        assertTrue(stderr.toLowerCase().contains("connection refused"), stderr);
        assertFalse(Files.exists(out), "an empty recording was written");
        for (String text : List.of(stdout, stderr)) {
            assertFalse(text.contains("DEBUG"), text);
            assertFalse(text.contains("\tat "), "a stack trace on the console: " + text);
            assertFalse(text.contains(TOKEN), text);
        }
        assertTrue(stderr.lines().count() <= 3, stderr);
        Path log = logs.resolve("podium.log");
        assertTrue(Files.exists(log), "no log file in " + logs);
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(logged.contains(" DEBUG "), logged);
        assertFalse(logged.contains(TOKEN), logged);
    }
}
