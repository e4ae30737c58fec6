package dev.podium.scenario;

/**
 * Small helpers for writing scenario YAML by hand: every string value is written double-quoted with JSON-style
 * escapes (valid YAML whatever it holds: colons, {@code #}, quotes, non-ASCII), quantities in the shortest exact
 * Kubernetes form. Stateless.
 */
public final class YamlText {

    private YamlText() {
    }

    /** {@code text} as a double-quoted YAML scalar. */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c) && !validPair(text, i)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** {@code text} with line breaks and other control characters turned into spaces, for a comment line. */
    public static String comment(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return b.toString();
    }

    /** Millicores as a CPU quantity: {@code 2} for 2000, {@code 250m} for 250. */
    public static String cpu(long milli) {
        return milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
    }

    /** Bytes as a memory quantity: {@code 8Gi}, {@code 128Mi}, {@code 512Ki}, or the bare byte count. */
    public static String memory(long bytes) {
        String[] suffixes = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
        for (int i = 0; i < suffixes.length; i++) {
            long unit = 1L << (10 * (6 - i));
            if (bytes != 0 && bytes % unit == 0) {
                return bytes / unit + suffixes[i];
            }
        }
        return Long.toString(bytes);
    }

    /** Starts a manifest document ({@code ---} between documents); {@code namespace} is "" for nodes. */
    public static void begin(StringBuilder out, String apiVersion, String kind, String namespace, String name) {
        if (out.length() > 0) {
            out.append("---\n");
        }
        out.append("apiVersion: ").append(apiVersion).append("\nkind: ").append(kind).append("\nmetadata: {name: ")
                .append(quote(name));
        if (!namespace.isEmpty()) {
            out.append(", namespace: ").append(quote(namespace));
        }
        out.append("}\n");
    }

    /** The namespace of a {@code namespace/name} key; "" for a bare name. */
    public static String namespace(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    /** The name of a {@code namespace/name} key. */
    public static String name(String key) {
        return key.substring(key.indexOf('/') + 1);
    }
}
