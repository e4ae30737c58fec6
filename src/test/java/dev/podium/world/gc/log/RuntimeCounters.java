package dev.podium.world.gc.log;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a runtime's own counters said at the end of a run that wrote one of the logs in {@code
 * src/test/resources/gclogs}: each GarbageCollectorMXBean's count and time (ms) and the JVM's uptime (read after the
 * beans), or Go's MemStats figures.
 */
record RuntimeCounters(Map<String, long[]> beans, long uptimeMillis, Map<String, String> go) {
    private static final Pattern BEAN = Pattern.compile("bean \"([^\"]+)\" count=(\\d+) timeMs=(\\d+)");
    private static final Pattern VALUE = Pattern.compile("(\\w+)=([\\d.]+)");

    static Path resource(String name) {
        try {
            return Path.of(RuntimeCounters.class.getResource("/gclogs/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource gclogs/" + name + " is missing", e);
        }
    }

    static RuntimeCounters of(String name) throws IOException {
        Map<String, long[]> beans = new LinkedHashMap<>();
        Map<String, String> go = new LinkedHashMap<>();
        long uptime = -1;
        for (String line : Files.readAllLines(resource(name))) {
            Matcher m = BEAN.matcher(line);
            if (m.matches()) {
                beans.put(m.group(1), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
                continue;
            }
            Matcher v = VALUE.matcher(line);
            while (v.find()) {
                if (v.group(1).equals("uptimeMs")) {
                    uptime = Long.parseLong(v.group(2));
                } else {
                    go.put(v.group(1), v.group(2));
                }
            }
        }
        return new RuntimeCounters(beans, uptime, go);
    }

    long count(String bean) {
        return bean(bean)[0];
    }

    long millis(String bean) {
        return bean(bean)[1];
    }

    private long[] bean(String name) {
        long[] b = beans.get(name);
        if (b == null) {
            throw new IllegalStateException("no bean " + name + " in " + beans.keySet());
        }
        return b;
    }
}
