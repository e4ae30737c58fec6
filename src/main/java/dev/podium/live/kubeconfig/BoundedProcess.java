package dev.podium.live.kubeconfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process with standard input closed, a deadline, and standard output and standard error each read
 * on its own daemon thread into a bounded buffer (so a noisy child can neither block on a full pipe nor fill our
 * memory). A child still running at the deadline is killed with its descendants. Stateless; any thread may call
 * {@link #run}, which blocks for at most the timeout plus about a second.
 */
final class BoundedProcess {

    /** How long to wait for the readers after the child ended (a grandchild may still hold the pipes open). */
    private static final long DRAIN_MILLIS = 1000;

    /** What a child did: its exit code (-1 when killed), its output, and whether it ran out of time. */
    record Outcome(int exitCode, byte[] stdout, String stderr, boolean timedOut) {

        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private BoundedProcess() {
    }

    static Outcome run(ProcessBuilder builder, Duration timeout, int maxStdout, int maxStderr) throws IOException {
        builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Process process = builder.start();
        Reader out = new Reader(process.getInputStream(), maxStdout, "podium-child-stdout");
        Reader err = new Reader(process.getErrorStream(), maxStderr, "podium-child-stderr");
        out.start();
        err.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + builder.command().get(0));
        }
        if (!finished) {
            kill(process);
        }
        out.await();
        err.await();
        return new Outcome(finished ? process.exitValue() : -1, out.bytes(),
                new String(err.bytes(), StandardCharsets.UTF_8), !finished);
    }

    private static void kill(Process process) {
        java.util.List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Copies a stream into a bounded buffer, discarding (but still draining) what does not fit. */
    private static final class Reader extends Thread {
        private final InputStream in;
        private final int max;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Reader(InputStream in, int max, String name) {
            super(name);
            this.in = in;
            this.max = max;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try (InputStream stream = in) {
                for (int n = stream.read(chunk); n >= 0; n = stream.read(chunk)) {
                    synchronized (buffer) {
                        int room = max - buffer.size();
                        if (room > 0) {
                            buffer.write(chunk, 0, Math.min(room, n));
                        }
                    }
                }
            } catch (IOException e) {
                // The child died or was killed; what was read so far is what we have.
            }
        }

        void await() {
            try {
                join(DRAIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        byte[] bytes() {
            synchronized (buffer) {
                return buffer.toByteArray();
            }
        }
    }
}
