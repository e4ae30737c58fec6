package dev.podium.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads {@code \n}-separated lines of bytes and decodes each one strictly as UTF-8, so a bad byte is
 * reported on the line that holds it (a decoding reader would fail a whole buffer ahead). A trailing
 * {@code \r} is dropped. Lines longer than the limit are reported, not buffered whole.
 */
final class Utf8Lines {
    /** Outcome of one read: a line, the end, a line that is not UTF-8, or one over the limit. */
    enum Kind { LINE, END, NOT_UTF8, TOO_LONG }

    private final InputStream in;
    private final int maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[256];
    private Kind kind;
    private String line;

    Utf8Lines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Reads the next line; then {@link #kind()} says what came and {@link #line()} holds a LINE. */
    Kind next() throws IOException {
        int length = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (length == maxBytes) {
                line = null;
                return kind = Kind.TOO_LONG;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(maxBytes, buffer.length * 2));
            }
            buffer[length++] = (byte) b;
        }
        if (!any) {
            line = null;
            return kind = Kind.END;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        try {
            line = decoder.decode(ByteBuffer.wrap(buffer, 0, length)).toString();
            return kind = Kind.LINE;
        } catch (CharacterCodingException e) {
            line = null;
            return kind = Kind.NOT_UTF8;
        }
    }

    Kind kind() {
        return kind;
    }

    String line() {
        return line;
    }
}
