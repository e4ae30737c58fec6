package dev.podium.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Where a scenario's Kubernetes manifests were written, so that {@link ManifestReader} can point problems into
 * the scenario file.
 *
 * <p>{@code inlineWhere} is where the {@code manifests} value starts (the {@code |} of a block).
 * {@code inlineIndent} is the indentation of a literal block's lines, or -1 when the lines of the text do not
 * map one to one onto the file's lines (folded or quoted text, or no {@code manifests} at all).
 * {@code fileEntries} holds the place of each {@code manifestFiles} entry, in order. Immutable.
 */
public record ManifestSources(SourceLocation inlineWhere, int inlineIndent, List<SourceLocation> fileEntries) {

    /** Checks the parts are present and copies the list. */
    public ManifestSources {
        Objects.requireNonNull(inlineWhere, "inlineWhere");
        fileEntries = List.copyOf(fileEntries);
    }

    /** No known places: for scenarios built in code. Problems then name {@code sourceName} without a line. */
    public static ManifestSources unknown(String sourceName) {
        return new ManifestSources(SourceLocation.wholeFile(sourceName), -1, List.of());
    }

    /** How to map the inline text's lines and columns to places in {@code sourceName}. */
    TextOrigin inlineOrigin(String sourceName) {
        if (inlineIndent >= 0 && inlineWhere.line() > 0) {
            return new TextOrigin(inlineWhere.file(), inlineWhere.line(), inlineIndent);
        }
        return TextOrigin.of(sourceName + "#manifests");
    }

    /** The place of manifest file entry {@code index}, or the whole scenario file when it is not known. */
    SourceLocation fileEntry(int index, String sourceName) {
        return index < fileEntries.size() ? fileEntries.get(index) : SourceLocation.wholeFile(sourceName);
    }
}
