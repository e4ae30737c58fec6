package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.kube.KubeUi;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-class warmer finds a world UI's classes in a class directory and in a jar, and loads them. */
class ViewClassWarmerTest {

    @TempDir
    Path dir;

    @Test
    void findsAndLoadsTheKubeViewsClassesFromTheBuildDirectory() {
        List<String> names = ViewClassWarmer.classNames(KubeUi.class);
        assertTrue(names.contains("dev.podium.ui.kube.KubeView"), names.toString());
        assertTrue(names.stream().allMatch(n -> n.startsWith("dev.podium.ui.kube.")), "only the world's package");
        assertEquals(names.size(), ViewClassWarmer.warm(List.of(new KubeUi())), "every class listed was loaded");
    }

    @Test
    void readsAJarsEntriesUnderThePackageOnly() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : List.of("dev/podium/ui/kube/KubeView.class", "dev/podium/ui/kube/api/ApiPane$1.class",
                    "dev/podium/ui/kube/kube.css", "dev/podium/ui/gc/GcView.class")) {
                out.putNextEntry(new JarEntry(entry));
                try (OutputStream ignored = OutputStream.nullOutputStream()) {
                    out.write(new byte[] {1});
                }
                out.closeEntry();
            }
        }
        assertEquals(List.of("dev.podium.ui.kube.KubeView", "dev.podium.ui.kube.api.ApiPane$1"),
                ViewClassWarmer.classNames(jar, "dev.podium.ui.kube"));
    }
}
