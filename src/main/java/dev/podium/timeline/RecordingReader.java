package dev.podium.timeline;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a recording back. It keeps going past unknown event types (one warning per type, naming the
 * first line), and stops at the first malformed line, an event earlier than its predecessor, or
 * bytes that are not UTF-8, with a warning that names the line; everything before it is kept.
 * Only a missing file or a bad header line is an error.
 */
public final class RecordingReader {
    /** Lines longer than this many bytes are malformed (a recording line is a few hundred bytes). */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final RecordingCodec codec;

    public RecordingReader(RecordingCodec codec) {
        this.codec = codec;
    }

    public Recording read(Path file) throws RecordingException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new RecordingException(file + ": no such file");
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads UTF-8 text from {@code in}; {@code name} is used in messages. */
    public Recording read(String name, Reader in) throws RecordingException, IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[8192];
        int n;
        while ((n = in.read(chunk)) > 0) {
            text.append(chunk, 0, n);
        }
        return read(name, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads bytes from {@code in} (UTF-8 expected); {@code name} is used in messages. */
    public Recording read(String name, InputStream in) throws RecordingException, IOException {
        Utf8Lines lines = new Utf8Lines(in, MAX_LINE_BYTES);
        switch (lines.next()) {
            case END -> throw new RecordingException(name + ": empty file (expected a podium-recording header on line 1)");
            case NOT_UTF8 -> throw new RecordingException(name + ":1: not UTF-8 text");
            case TOO_LONG -> throw new RecordingException(name + ":1: not a Podium recording (line 1 is too long)");
            default -> { }
        }
        RecordingHeader header;
        try {
            header = codec.decodeHeader(stripBom(lines.line()));
        } catch (IllegalArgumentException e) {
            throw new RecordingException(name + ":1: " + e.getMessage());
        }
        List<WorldEvent> events = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> unknownTypes = new HashSet<>();
        long lastTime = Long.MIN_VALUE;
        int lineNumber = 1;
        while (lines.next() != Utf8Lines.Kind.END) {
            lineNumber++;
            if (lines.kind() == Utf8Lines.Kind.NOT_UTF8) {
                warnings.add(stopped(name, lineNumber, "not UTF-8 text", events.size()));
                break;
            }
            if (lines.kind() == Utf8Lines.Kind.TOO_LONG) {
                warnings.add(stopped(name, lineNumber, "line longer than " + MAX_LINE_BYTES + " bytes", events.size()));
                break;
            }
            String line = lines.line();
            if (line.isBlank()) {
                continue;
            }
            WorldEvent event;
            try {
                event = codec.decode(line);
            } catch (IllegalArgumentException e) {
                warnings.add(stopped(name, lineNumber, e.getMessage(), events.size()));
                break;
            }
            if (event == null) {
                String type = typeOf(line);
                if (unknownTypes.add(type)) {
                    warnings.add(name + ":" + lineNumber + ": unknown event type \"" + type
                            + "\" skipped (here and on any later line)");
                }
                continue;
            }
            if (event.timeNanos() < lastTime) {
                warnings.add(stopped(name, lineNumber, "event time " + event.timeNanos()
                        + " is earlier than the previous event's " + lastTime, events.size()));
                break;
            }
            lastTime = event.timeNanos();
            events.add(event);
        }
        return new Recording(header, events, warnings);
    }

    private static String stopped(String name, int line, String why, int kept) {
        return name + ":" + line + ": " + why + "; stopped reading there and kept the " + kept + " events before it";
    }

    private static String typeOf(String line) {
        int i = line.indexOf("\"type\":\"");
        if (i < 0) {
            return "?";
        }
        int start = i + 8;
        int end = line.indexOf('"', start);
        return end < 0 ? "?" : line.substring(start, end);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
