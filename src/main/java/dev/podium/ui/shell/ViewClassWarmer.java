package dev.podium.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the classes of each world's UI package (and its subpackages) on a background thread, without initialising
 * them, so that opening a world's view for the first time (a live cluster's first sync) does not read and define
 * some hundred classes on the FX thread: that was the biggest part of the live view's first frame. Loading is all it
 * does (no static initialiser runs, no node is made), so it is safe off the FX thread. Classes come from the
 * directory or jar the world's UI was loaded from; anything it cannot read is skipped.
 */
final class ViewClassWarmer {
    private static final Logger LOG = LoggerFactory.getLogger(ViewClassWarmer.class);

    private ViewClassWarmer() {
    }

    /** Any thread: loads the classes in the packages of {@code uis}; returns how many were loaded. */
    static int warm(List<?> uis) {
        int loaded = 0;
        for (Object ui : uis) {
            Class<?> type = ui.getClass();
            for (String name : classNames(type)) {
                try {
                    Class.forName(name, false, type.getClassLoader());
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    LOG.debug("not preloaded: {} ({})", name, e.toString());
                }
            }
        }
        return loaded;
    }

    /** The binary names of the classes in {@code type}'s package and below, from where it was loaded. */
    static List<String> classNames(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return List.of();
        }
        try {
            return classNames(Path.of(source.getLocation().toURI()), type.getPackageName());
        } catch (URISyntaxException | IllegalArgumentException | UncheckedIOException | IOException e) {
            LOG.debug("cannot list the classes of {}: {}", type.getPackageName(), e.toString());
            return List.of();
        }
    }

    /** The classes under {@code pkg} in a class directory or a jar at {@code location}. */
    static List<String> classNames(Path location, String pkg) throws IOException {
        String dir = pkg.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            Path root = location.resolve(dir);
            if (!Files.isDirectory(root)) {
                return names;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.map(f -> location.relativize(f).toString().replace('\\', '/')).filter(f -> f.endsWith(".class"))
                        .forEach(f -> names.add(binaryName(f)));
            }
            return names;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                String entry = e.nextElement().getName();
                if (entry.startsWith(dir) && entry.endsWith(".class")) {
                    names.add(binaryName(entry));
                }
            }
        }
        return names;
    }

    private static String binaryName(String classFile) {
        return classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
    }
}
