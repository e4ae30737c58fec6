package dev.podium.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-off protocol, without a display: one running instance per directory, a secret, a stale lock. */
class SingleInstanceTest {
    @TempDir
    Path dir;

    private final LinkedBlockingQueue<Path> opened = new LinkedBlockingQueue<>();

    @Test
    void aSecondLaunchHandsItsFileToTheRunningOne() throws Exception {
        try (SingleInstance primary = SingleInstance.tryPrimary(dir)) {
            assertNotNull(primary);
            primary.setOpener(opened::add);
            assertNull(SingleInstance.tryPrimary(dir), "a second instance for the same directory is not primary");
            Path lesson = dir.resolve("my lesson.podium.yaml");
            assertTrue(SingleInstance.handOff(dir, lesson));
            assertEquals(lesson.toAbsolutePath(), opened.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void theWrongSecretIsRefused() throws Exception {
        try (SingleInstance primary = SingleInstance.tryPrimary(dir)) {
            primary.setOpener(opened::add);
            assertFalse(SingleInstance.send(primary.port(), "0".repeat(64), "/tmp/evil.podium.yaml"));
            assertFalse(SingleInstance.send(primary.port(), "", "/tmp/evil.podium.yaml"));
            assertEquals("DENIED", raw(primary.port(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n"), "not our protocol");
            assertEquals("DENIED", raw(primary.port(), "x".repeat(SingleInstance.MAX_LINE + 10) + "\n"));
            assertTrue(opened.isEmpty(), "nothing opened: " + opened);
            String secret = portFile().getProperty("secret");
            assertEquals(64, secret.length());
            assertTrue(SingleInstance.send(primary.port(), secret, "/tmp/ok.podium.yaml"), "still serving after");
            assertEquals(Path.of("/tmp/ok.podium.yaml"), opened.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void theSecretIsReadableByTheOwnerOnly() throws Exception {
        try (SingleInstance primary = SingleInstance.tryPrimary(dir)) {
            assertNotNull(primary);
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve(SingleInstance.PORT))));
            }
        }
    }

    @Test
    void aStaleLockAndPortFileLeftByADeadProcessAreTakenOver() throws Exception {
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = gone.getLocalPort();
        }
        Files.writeString(dir.resolve(SingleInstance.LOCK), "");
        Files.writeString(dir.resolve(SingleInstance.PORT), "port=" + deadPort + "\nsecret=" + "ab".repeat(32) + "\n");
        assertFalse(SingleInstance.handOff(dir, dir.resolve("a.podium.yaml")), "nobody listens: start normally");

        try (SingleInstance primary = SingleInstance.tryPrimary(dir)) {
            assertNotNull(primary, "the lock file without a live holder is taken over");
            assertEquals(String.valueOf(primary.port()), portFile().getProperty("port"));
            primary.setOpener(opened::add);
            assertTrue(SingleInstance.handOff(dir, dir.resolve("a.podium.yaml")));
            assertEquals(dir.resolve("a.podium.yaml"), opened.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void withoutARunningInstanceTheHandOffSaysNo() {
        assertFalse(SingleInstance.handOff(dir, dir.resolve("x.podium.jsonl")));
    }

    @Test
    void closingRemovesThePortFileAndFreesTheLock() throws Exception {
        SingleInstance first = SingleInstance.tryPrimary(dir);
        first.close();
        assertFalse(Files.exists(dir.resolve(SingleInstance.PORT)));
        assertFalse(SingleInstance.handOff(dir, dir.resolve("x.podium.yaml")));
        try (SingleInstance second = SingleInstance.tryPrimary(dir)) {
            assertNotNull(second);
        }
    }

    @Test
    void filesHandedOverBeforeTheWindowIsReadyAreOpenedWhenItIs() throws Exception {
        try (SingleInstance primary = SingleInstance.tryPrimary(dir)) {
            assertTrue(SingleInstance.handOff(dir, dir.resolve("early.podium.yaml")));
            primary.setOpener(opened::add);
            assertEquals(List.of(dir.resolve("early.podium.yaml")), List.of(opened.poll(5, TimeUnit.SECONDS)));
        }
    }

    private Properties portFile() throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve(SingleInstance.PORT))) {
            p.load(in);
        }
        return p;
    }

    private static String raw(int port, String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
        }
    }
}
