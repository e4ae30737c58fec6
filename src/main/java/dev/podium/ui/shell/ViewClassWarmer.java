package dev.podium.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javafx.scene.control.Control;
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
    /** How many steps from a world's own classes {@link #warmDeep} follows into JavaFX's. */
    static final int JAVAFX_DEPTH = Integer.getInteger("podium.warm.depth", 3);
    /** At most this many classes are linked by one {@link #warmDeep}. */
    private static final int MAX_CLASSES = 4_000;
    private static final String CONTROLS = "javafx.scene.control.";
    private static final int MAX_ANONYMOUS = 64;

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

    /**
     * Any thread: loads and links (verifies, without initialising) the classes of {@code ui}'s package and below, and
     * the JavaFX and shared UI classes they lead to within {@link #JAVAFX_DEPTH} steps: the types of their fields, methods and
     * constructors, their supertypes, and each control's default skin ({@code javafx.scene.control.skin.<Name>Skin}).
     * That is the class loading and bytecode verification that building and first styling the world's view would
     * otherwise do on the FX thread (a table's skin, its virtual flow, header rows and cells are a few hundred
     * classes). No static initialiser runs, so nothing touches JavaFX state. Returns how many classes were linked.
     */
    static int warmDeep(Object ui) {
        ClassLoader loader = ui.getClass().getClassLoader();
        Map<Class<?>, Integer> depth = new HashMap<>();
        ArrayDeque<Class<?>> todo = new ArrayDeque<>();
        for (String name : classNames(ui.getClass())) {
            Class<?> type = load(name, loader);
            if (type != null && depth.putIfAbsent(type, 0) == null) {
                todo.add(type);
            }
        }
        int linked = 0;
        while (!todo.isEmpty() && depth.size() < MAX_CLASSES) {
            Class<?> type = todo.poll();
            int d = depth.get(type);
            List<Class<?>> next = new ArrayList<>();
            try {
                // reflecting on a class links it first, and loads the types its members name
                for (Field f : type.getDeclaredFields()) {
                    next.add(f.getType());
                }
                for (Method m : type.getDeclaredMethods()) {
                    next.add(m.getReturnType());
                    next.addAll(List.of(m.getParameterTypes()));
                }
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    next.addAll(List.of(c.getParameterTypes()));
                }
                linked++;
            } catch (LinkageError | SecurityException e) {
                LOG.debug("not linked: {} ({})", type.getName(), e.toString());
                continue;
            }
            next.add(type.getSuperclass());
            next.addAll(List.of(type.getInterfaces()));
            next.addAll(List.of(type.getDeclaredClasses()));
            next.addAll(anonymous(type, loader));
            if (Control.class.isAssignableFrom(type) && type.getName().startsWith(CONTROLS)) {
                next.add(load(CONTROLS + "skin." + type.getSimpleName() + "Skin", loader));
            }
            for (Class<?> n : next) {
                while (n != null && n.isArray()) {
                    n = n.getComponentType();
                }
                if (n != null && !n.isPrimitive() && d < JAVAFX_DEPTH && followed(n.getName())
                        && depth.putIfAbsent(n, d + 1) == null) {
                    todo.add(n);
                }
            }
        }
        return linked;
    }

    /** {@code type}'s anonymous classes, which javac numbers {@code Outer$1}, {@code Outer$2}, … */
    private static List<Class<?>> anonymous(Class<?> type, ClassLoader loader) {
        List<Class<?>> found = new ArrayList<>();
        for (int i = 1; i <= MAX_ANONYMOUS; i++) {
            try {
                found.add(Class.forName(type.getName() + "$" + i, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                break;
            }
        }
        return found;
    }

    /** JavaFX's classes and Podium's (the world's UI's own were all listed: this reaches its model and state). */
    private static boolean followed(String name) {
        return name.startsWith("javafx.") || name.startsWith("com.sun.javafx.")
                || name.startsWith("dev.podium.");
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debug("not preloaded: {} ({})", name, e.toString());
            return null;
        }
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
