package dev.podium.live.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scrubs credentials out of text before it is logged, shown, recorded or put in an exception message.
 *
 * <p>Recognises, by shape: PEM private-key blocks; {@code Authorization} headers; {@code Bearer}/{@code Basic}
 * credentials; any {@code key: value} or {@code key=value} (YAML, JSON, properties, Lombok-style
 * {@code toString()} such as fabric8's {@code Config}) whose key mentions a token, password, passphrase, secret,
 * credential or client key; JWTs; GKE ({@code ya29.}) and EKS ({@code k8s-aws-v1.}) tokens; passwords in URLs.
 * Also scrubs, literally, every value handed to {@link #remember(String)} (tokens we obtained ourselves), so a
 * secret in an unforeseen shape is still caught. Scrubbing is idempotent.
 *
 * <p>Thread-safe; static because every log call of live code goes through it.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "<redacted>";

    private static final int MAX_REMEMBERED = 256;
    private static final int MIN_REMEMBERED_LENGTH = 8;

    private static final String SECRET_KEY =
            "[A-Za-z0-9_.-]*(?:token|password|passwd|passphrase|secret|credential|key-data|keydata|client-key)"
                    + "[A-Za-z0-9_.-]*";
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)(\\bauthorization[\"']?\\s*+[:=]\\s*+[\"']?+)(?!<redacted>)[^\\r\\n\"',})\\]]+");
    private static final Pattern BEARER =
            Pattern.compile("(?i)\\b(bearer|basic)\\s+(?!<redacted>)[A-Za-z0-9._~+/=-]{4,}");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)([\"']?)(" + SECRET_KEY + ")\\1(\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s,;)}\\]]+)");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern CLOUD_TOKEN = Pattern.compile("\\b(?:ya29\\.|k8s-aws-v1\\.)[A-Za-z0-9._-]+");
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+:)[^/\\s@]+@");

    private static final Set<String> REMEMBERED = Collections.synchronizedSet(new LinkedHashSet<>());

    private Redactor() {
    }

    /** {@code text} with every recognised secret replaced by {@link #MASK}; null stays null. */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = PRIVATE_KEY.matcher(text).replaceAll("<redacted private key>");
        out = AUTHORIZATION.matcher(out).replaceAll("$1" + MASK);
        out = BEARER.matcher(out).replaceAll("$1 " + MASK);
        out = scrubKeyValues(out);
        out = JWT.matcher(out).replaceAll(MASK);
        out = CLOUD_TOKEN.matcher(out).replaceAll(MASK);
        out = URL_PASSWORD.matcher(out).replaceAll("$1" + MASK + "@");
        return scrubRemembered(out);
    }

    /** {@code value.toString()} scrubbed; the way to log any object that might hold credentials. */
    public static String scrub(Object value) {
        return value == null ? "null" : scrub(value.toString());
    }

    /**
     * A throwable and its causes as one short line ({@code Type: message <- Type: message}), scrubbed, without a
     * stack trace.
     */
    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
        }
        return scrub(out.toString());
    }

    /**
     * Remembers a secret we hold (a token from an exec plugin or a kubeconfig, a password), so that it is
     * scrubbed literally wherever it appears. Values shorter than 8 characters are ignored (too likely to hit
     * ordinary words); at most the latest 256 are kept.
     */
    public static void remember(String secret) {
        if (secret == null || secret.length() < MIN_REMEMBERED_LENGTH) {
            return;
        }
        synchronized (REMEMBERED) {
            REMEMBERED.remove(secret);
            REMEMBERED.add(secret);
            while (REMEMBERED.size() > MAX_REMEMBERED) {
                REMEMBERED.remove(REMEMBERED.iterator().next());
            }
        }
    }

    private static String scrubRemembered(String text) {
        List<String> secrets;
        synchronized (REMEMBERED) {
            secrets = new ArrayList<>(REMEMBERED);
        }
        String out = text;
        for (String secret : secrets) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    private static String scrubKeyValues(String text) {
        Matcher m = KEY_VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(4);
            String replacement;
            if (value.equals(MASK) || value.equalsIgnoreCase("null") || value.equals("\"\"") || isPath(m.group(2))) {
                replacement = m.group();
            } else if (value.startsWith("\"")) {
                replacement = m.group(1) + m.group(2) + m.group(1) + m.group(3) + "\"" + MASK + "\"";
            } else {
                replacement = m.group(1) + m.group(2) + m.group(1) + m.group(3) + MASK;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Keys that name a file holding a secret, not the secret: their value (a path) helps the reader. */
    private static boolean isPath(String key) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("file") || lower.endsWith("-path") || lower.equals("client-key");
    }
}
