package dev.podium.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * File > New Lesson without the window: which worlds offer a template ({@link World#lessonTemplate}) and the text
 * to write for a file, its {@code name:} taken from the file name so the new lesson validates as it is.
 */
public final class LessonTemplates {
    /** The {@code name:} line every template carries, replaced by the file's own. */
    public static final String TEMPLATE_NAME_LINE = "name: new-lesson";

    private LessonTemplates() {
    }

    /** The worlds of {@code registry} that have a template, in registry order. */
    public static List<World> worldsWithTemplates(WorldRegistry registry) {
        return registry.all().stream().filter(w -> w.lessonTemplate().isPresent()).toList();
    }

    /** The template of {@code world} named for {@code file}; throws if the world has none. */
    public static String textFor(World world, Path file) {
        String template = world.lessonTemplate().orElseThrow(
                () -> new IllegalArgumentException("the " + world.name() + " world has no lesson template"));
        return template.replaceFirst("(?m)^" + TEMPLATE_NAME_LINE + "$", "name: " + nameFor(file));
    }

    /**
     * A scenario name for {@code file}: its name without the extension, lower-cased, every run of other characters
     * than {@code a-z}, digits and {@code -} made one {@code -}; {@code new-lesson} when nothing is left.
     */
    public static String nameFor(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String name = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return name.isEmpty() ? "new-lesson" : name;
    }
}
