package dev.podium.instance;

import dev.podium.logging.LogDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Podium of this user, found by a later launch so a double-clicked file opens in the window already on
 * screen. The first launch takes an OS lock on {@code instance.lock} in the user's Podium directory, listens on a
 * loopback port and writes the port with a random 256-bit secret to {@code instance.port} (owner-only). A later
 * launch with a file sees the lock taken, reads the port file, and sends one request:
 *
 * <pre>
 * PODIUM-OPEN 1
 * &lt;secret&gt;
 * &lt;absolute path&gt;
 * </pre>
 *
 * answered {@code OK} (the path goes to the opener) or {@code DENIED} (a wrong secret, a malformed request). Only
 * a process that can read the user's port file can ask, and it can only ask to open a file. The OS releases the lock
 * when a process dies, so a lock file left by a crash is taken over by the next launch. Thread-safe.
 */
public final class SingleInstance implements AutoCloseable {
    /** The lock file's name. */
    public static final String LOCK = "instance.lock";
    /** The port file's name. */
    public static final String PORT = "instance.port";
    static final String HELLO = "PODIUM-OPEN 1";
    static final int MAX_LINE = 8192;
    private static final int TIMEOUT_MILLIS = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String secret;
    private final List<Path> pending = new ArrayList<>();
    private Consumer<Path> opener;
    private volatile boolean closed;

    private SingleInstance(Path directory, FileChannel lockChannel, FileLock lock, ServerSocket server, String secret) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.secret = secret;
    }

    /** The user's Podium directory, beside the log file ({@code ~/.local/state/podium} on Linux). */
    public static Path defaultDirectory() {
        return LogDirectory.current();
    }

    /**
     * Becomes the running instance for {@code directory}: returns it, listening, or null when another live process
     * (or this one) already is. A lock left by a dead process is taken over.
     */
    public static SingleInstance tryPrimary(Path directory) throws IOException {
        Files.createDirectories(directory);
        FileChannel channel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM holds it already
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = HexFormat.of().formatHex(bytes);
            writePortFile(directory, server.getLocalPort(), secret);
            SingleInstance instance = new SingleInstance(directory, channel, lock, server, secret);
            Thread accept = new Thread(instance::acceptLoop, "podium-single-instance");
            accept.setDaemon(true);
            accept.start();
            return instance;
        } catch (IOException | RuntimeException e) {
            server.close();
            lock.release();
            channel.close();
            throw e;
        }
    }

    /**
     * Hands {@code file} to the running instance for {@code directory}; true when it answered OK. False, never an
     * exception, when there is none (no port file, nobody listening, a refusal): the caller then starts normally.
     */
    public static boolean handOff(Path directory, Path file) {
        Properties port = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(PORT), StandardCharsets.UTF_8)) {
            port.load(in);
            return send(Integer.parseInt(port.getProperty("port", "-1").trim()), port.getProperty("secret", ""),
                    file.toAbsolutePath().normalize().toString());
        } catch (IOException | RuntimeException e) {
            LOG.info("no running Podium took {}: {}", file, e.toString());
            return false;
        }
    }

    /** Sends one request; true on OK. Package-private for the protocol's tests. */
    static boolean send(int port, String secret, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((HELLO + "\n" + secret + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            return "OK".equals(in.readLine());
        }
    }

    /** The port this instance listens on. */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * Who opens the paths handed over, on the accepting thread (the window posts them to its own thread). Paths
     * that arrived before are handed over now, in order.
     */
    public void setOpener(Consumer<Path> next) {
        List<Path> waiting;
        synchronized (this) {
            opener = next;
            waiting = List.copyOf(pending);
            pending.clear();
        }
        waiting.forEach(next);
    }

    private void acceptLoop() {
        while (!closed) {
            try (Socket socket = server.accept()) {
                serve(socket);
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("a hand-off request failed: {}", e.toString());
                }
            }
        }
    }

    private void serve(Socket socket) throws IOException {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        Path path = null;
        try {
            String hello = readLine(in);
            String given = readLine(in);
            String file = readLine(in);
            if (HELLO.equals(hello) && given != null && file != null && !file.isBlank()
                    && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                            given.getBytes(StandardCharsets.UTF_8))) {
                path = Path.of(file);
            }
        } catch (SocketTimeoutException | RuntimeException e) {
            path = null; // too slow, too long, not a path
        }
        if (path == null) {
            LOG.warn("refused a hand-off request on port {} (wrong secret or malformed)", port());
            out.write("DENIED\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        out.write("OK\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        deliver(path);
    }

    private void deliver(Path path) {
        Consumer<Path> target;
        synchronized (this) {
            target = opener;
            if (target == null) {
                pending.add(path);
                return;
            }
        }
        target.accept(path);
    }

    /** One line of at most {@link #MAX_LINE} characters; null at the end of the stream. */
    private static String readLine(Reader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IllegalArgumentException("line too long");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    private static void writePortFile(Path directory, int port, String secret) throws IOException {
        Path temp = Files.createTempFile(directory, PORT, ".tmp");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, "# the running Podium: where a later launch hands a double-clicked file\n"
                    + "port=" + port + "\nsecret=" + secret + "\npid=" + ProcessHandle.current().pid() + "\n",
                    StandardCharsets.UTF_8);
            try {
                Files.move(temp, directory.resolve(PORT), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, directory.resolve(PORT), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Stops listening, removes the port file and releases the lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
            Files.deleteIfExists(directory.resolve(PORT));
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
