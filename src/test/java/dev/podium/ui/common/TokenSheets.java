package dev.podium.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque colour tokens ({@code -pd-x: #RRGGBB;}) a sheet sets for each theme, read from the sheet's text so a
 * palette check needs no toolkit: the light values on {@code .root}, and the dark and high-contrast themes' values
 * on top of them (a theme inherits every token it does not override). Test support.
 */
final class TokenSheets {
    private static final Pattern BLOCK = Pattern.compile("(\\.root(?:\\.theme-[a-z]+)?)\\s*\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile("(-pd-[a-z0-9-]+)\\s*:\\s*#([0-9A-Fa-f]{6})\\s*;");

    private TokenSheets() {
    }

    /** Token → sRGB (0..1) for {@code theme} from the classpath sheets, later sheets overriding earlier ones. */
    static Map<String, double[]> tokens(Theme.Kind theme, String... sheets) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String sheet : sheets) {
            String css = read(sheet);
            read(css, ".root", out);
            String rootClass = Theme.rootClass(theme);
            if (rootClass != null) {
                read(css, ".root." + rootClass, out);
            }
        }
        return out;
    }

    private static void read(String css, String selector, Map<String, double[]> out) {
        Matcher block = BLOCK.matcher(css);
        while (block.find()) {
            if (!block.group(1).equals(selector)) {
                continue;
            }
            Matcher token = TOKEN.matcher(block.group(2));
            while (token.find()) {
                int rgb = Integer.parseInt(token.group(2), 16);
                out.put(token.group(1), new double[] {
                    ((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0});
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(TokenSheets.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
