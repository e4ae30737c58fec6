package dev.podium.timeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a recording back. It keeps going past unknown event types (one warning per type, naming the
 * first line), and stops at the first malformed line, an event earlier than its predecessor, or
 * bytes that are not UTF-8, with a warning that names the line; everything before it is kept.
 * Only a missing file or a bad header line is an error.
 */
public final class RecordingReader {
    /** Lines longer than this are malformed (a recording line is a few hundred bytes). */
    static final int MAX_LINE_CHARS = 1 << 20;

    private final RecordingCodec codec;

    public RecordingReader(RecordingCodec codec) {
        this.codec = codec;
    }

    public Recording read(Path file) throws RecordingException {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new RecordingException(file + ": no such file");
        } catch (IOException e) {
            throw new RecordingException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads from {@code in}; {@code name} is used in messages. */
    public Recording read(String name, Reader in) throws RecordingException, IOException {
        BufferedReader lines = new BufferedReader(in, 1 << 16);
        String first;
        try {
            first = lines.readLine();
        } catch (CharacterCodingException e) {
            throw new RecordingException(name + ":1: not UTF-8 text");
        }
        if (first == null) {
            throw new RecordingException(name + ": empty file (expected a podium-recording header on line 1)");
        }
        RecordingHeader header;
        try {
            header = codec.decodeHeader(stripBom(first));
        } catch (IllegalArgumentException e) {
            throw new RecordingException(name + ":1: " + e.getMessage());
        }
        List<WorldEvent> events = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> unknownTypes = new LinkedHashMap<>();
        long lastTime = Long.MIN_VALUE;
        int lineNumber = 1;
        while (true) {
            String line;
            try {
                line = lines.readLine();
            } catch (CharacterCodingException e) {
                warnings.add(stopped(name, lineNumber + 1, "not UTF-8 text", events.size()));
                break;
            }
            if (line == null) {
                break;
            }
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > MAX_LINE_CHARS) {
                warnings.add(stopped(name, lineNumber, "line longer than " + MAX_LINE_CHARS + " characters", events.size()));
                break;
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
                if (!unknownTypes.containsKey(type)) {
                    unknownTypes.put(type, lineNumber);
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
