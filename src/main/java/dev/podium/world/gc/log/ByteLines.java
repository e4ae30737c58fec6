package dev.podium.world.gc.log;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits a byte stream into lines without decoding it, in one buffer of fixed size: a line is the bytes between
 * {@link #start()} and {@link #end()} of {@link #buffer()} until the next call. A trailing {@code \r} is dropped; a
 * UTF-8 byte-order mark at the start of the stream is skipped. A line holding a control byte other than tab and
 * carriage return (NUL-filled or binary junk), or longer than the buffer, is {@link #garbled()}. Not thread-safe.
 */
final class ByteLines {
    /** Lines longer than this are garbled: GC log lines are a few hundred bytes. */
    static final int MAX_LINE_BYTES = 1 << 16;
    private static final int BUFFER_BYTES = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int fill;
    private boolean eof;
    private boolean first = true;
    private int start;
    private int end;
    private boolean garbled;
    private boolean newline;
    private long number;
    private long bytesRead;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scan = pos;
        boolean control = false;
        while (true) {
            int i = scan;
            byte[] b = buffer;
            int limit = fill;
            // Eight bytes at a time while none is below 0x20 (a line end or a control byte), then byte by byte.
            while (i + 8 <= limit) {
                long x = (long) LONGS.get(b, i);
                if (((x - 0x2020202020202020L) & ~x & 0x8080808080808080L) != 0) {
                    break;
                }
                i += 8;
            }
            while (i < limit) {
                byte c = b[i];
                if ((c & 0xE0) == 0) { // 0x00..0x1F
                    if (c == '\n') {
                        break;
                    }
                    if (c != '\t' && c != '\r') {
                        control = true;
                    }
                }
                i++;
                while (i + 8 <= limit) {
                    long x = (long) LONGS.get(b, i);
                    if (((x - 0x2020202020202020L) & ~x & 0x8080808080808080L) != 0) {
                        break;
                    }
                    i += 8;
                }
            }
            if (i < limit) {
                return line(i, i + 1, control, true);
            }
            if (i - pos > MAX_LINE_BYTES) {
                return line(i, i, true, false); // over-long: garbled, whatever follows
            }
            if (eof) {
                if (pos == fill) {
                    return false;
                }
                return line(fill, fill, control, false);
            }
            scan = i - pos;
            refill();
            scan += pos;
        }
    }

    private boolean line(int lineEnd, int nextPos, boolean control, boolean endedByNewline) {
        start = pos;
        end = lineEnd;
        if (end > start && buffer[end - 1] == '\r') {
            end--;
        }
        if (first) {
            first = false;
            if (end - start >= 3 && buffer[start] == (byte) 0xEF && buffer[start + 1] == (byte) 0xBB
                    && buffer[start + 2] == (byte) 0xBF) {
                start += 3;
            }
        }
        pos = nextPos;
        garbled = control || end - start > MAX_LINE_BYTES;
        newline = endedByNewline;
        number++;
        return true;
    }

    private void refill() throws IOException {
        int kept = fill - pos;
        System.arraycopy(buffer, pos, buffer, 0, kept);
        pos = 0;
        fill = kept;
        while (fill < buffer.length) {
            int n = in.read(buffer, fill, buffer.length - fill);
            if (n < 0) {
                eof = true;
                break;
            }
            fill += n;
            bytesRead += n;
            if (n > 0 && fill - kept >= BUFFER_BYTES / 4) {
                break;
            }
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** Whether the line holds control bytes or is longer than {@link #MAX_LINE_BYTES}. */
    boolean garbled() {
        return garbled;
    }

    /** Whether a line end followed the line (false for a last line cut off mid-way). */
    boolean endedByNewline() {
        return newline;
    }

    /** The line's number, from 1. */
    long number() {
        return number;
    }

    long bytesRead() {
        return bytesRead;
    }
}
