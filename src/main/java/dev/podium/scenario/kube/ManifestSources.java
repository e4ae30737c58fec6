package dev.podium.scenario.kube;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.Section;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.TextOrigin;
import java.util.List;
import java.util.Objects;

/**
 * A scenario's Kubernetes manifests as written: the inline {@code manifests} text with where its lines sit in the
 * file, and the {@code manifestFiles} entries with their places, so that {@link ManifestReader} can point problems
 * into the scenario file. Immutable.
 *
 * @param inline the inline text; "" when there is none
 * @param inlineOrigin where the inline text's lines sit (a literal block maps line for line; other text is named
 *     {@code <scenario>#manifests})
 * @param files the {@code manifestFiles} entries, in order
 */
record ManifestSources(String inline, TextOrigin inlineOrigin, List<Section.Item> files) {
    /** The top-level key of inline manifests. */
    static final String MANIFESTS = "manifests";
    /** The top-level key of manifest files beside the scenario. */
    static final String MANIFEST_FILES = "manifestFiles";

    ManifestSources {
        Objects.requireNonNull(inline, "inline");
        Objects.requireNonNull(inlineOrigin, "inlineOrigin");
        files = List.copyOf(files);
    }

    static ManifestSources of(Scenario scenario) {
        Section inline = scenario.section(MANIFESTS);
        Section files = scenario.section(MANIFEST_FILES);
        return new ManifestSources(inline == null ? "" : inline.text(),
                inline == null ? TextOrigin.of(scenario.sourceName() + "#" + MANIFESTS) : inline.textOrigin(),
                files == null ? List.of() : files.items());
    }

    /** The place of entry {@code index} of {@code manifestFiles}, or the whole file when unknown. */
    SourceLocation fileEntry(int index, String sourceName) {
        return index < files.size() ? files.get(index).where() : SourceLocation.wholeFile(sourceName);
    }
}
