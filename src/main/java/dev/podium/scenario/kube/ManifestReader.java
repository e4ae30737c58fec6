package dev.podium.scenario.kube;

import dev.podium.scenario.NodeReader;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.TextOrigin;
import dev.podium.scenario.YamlNode;
import dev.podium.scenario.YamlReader;
import dev.podium.world.kube.spec.CrdManifest;
import dev.podium.world.kube.spec.KubeManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Kubernetes manifests of a scenario (the inline {@code manifests} text and the {@code manifestFiles})
 * into {@link KubeManifest} records, with the API server's defaults applied (see
 * {@code docs/scenario-format.md}, "Kubernetes manifests").
 *
 * <p>Manifests are standard Kubernetes YAML: several documents separated by {@code ---}, block or flow style,
 * comments, and v1 {@code List} objects. They are read under the scenario's limits (at most 1 MiB per source,
 * strict UTF-8, nesting at most 32 levels, no anchors or aliases, no duplicate keys). Unknown fields are
 * ignored; unsupported kinds become warnings in the {@link ManifestSet}. Everything else that is wrong (wrong
 * types, missing required fields, bad quantities, a selector that does not match its template, an object
 * defined twice, a manifest file that cannot be read) is an error: one {@link ScenarioException} carries every
 * problem found, in the order read, each at its {@code file:line:column}. Inline manifests in a literal block
 * ({@code manifests: |}) are located at the scenario file's lines; other inline text is named
 * {@code <scenario>#manifests} with lines counted within the text. Stateless and thread-safe.
 */
public final class ManifestReader {

    /** The largest manifest source accepted, in bytes of UTF-8, as for scenarios. */
    static final int MAX_BYTES = ScenarioLoader.MAX_BYTES;

    private final List<KubeManifest> objects = new ArrayList<>();
    private final List<ScenarioProblem> warnings = new ArrayList<>();
    private final List<ScenarioProblem> problems = new ArrayList<>();
    private final Map<String, SourceLocation> defined = new HashMap<>();
    private final List<YamlNode.Mapping> custom = new ArrayList<>();
    private final List<String> sourceOrder = new ArrayList<>();
    private final PriorityClassRefs classRefs = new PriorityClassRefs();

    private ManifestReader() {
    }

    /** The objects in {@code yamlText} (at most 1 MiB as UTF-8); {@code sourceName} names it in messages. */
    public static ManifestSet read(String sourceName, String yamlText) throws ScenarioException {
        long size = ScenarioLoader.utf8Length(yamlText);
        if (size > MAX_BYTES) {
            throw new ScenarioException(SourceLocation.wholeFile(sourceName), "manifests are " + size
                    + " bytes; the limit is 1 MiB");
        }
        ManifestReader reader = new ManifestReader();
        reader.source(TextOrigin.of(sourceName), yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText);
        return reader.finish();
    }

    /** The objects in the scenario's inline {@code manifests}; empty when it has none. */
    public static ManifestSet readInline(Scenario scenario) throws ScenarioException {
        ManifestReader reader = new ManifestReader();
        reader.inline(scenario);
        return reader.finish();
    }

    /**
     * The objects in the scenario's inline {@code manifests} and then in each of its {@code manifestFiles}, in
     * order. {@code scenarioDir} is the folder of the scenario file, against which the entries are resolved;
     * an entry that cannot be read is a problem at the entry's place in the scenario file.
     */
    public static ManifestSet readAll(Scenario scenario, Path scenarioDir) throws ScenarioException {
        ManifestReader reader = new ManifestReader();
        reader.inline(scenario);
        ManifestSources sources = ManifestSources.of(scenario);
        for (int i = 0; i < sources.files().size(); i++) {
            reader.file(sources.files().get(i).text(), sources.fileEntry(i, scenario.sourceName()), scenarioDir);
        }
        return reader.finish();
    }

    private void inline(Scenario scenario) {
        ManifestSources sources = ManifestSources.of(scenario);
        if (!sources.inline().isBlank()) {
            source(sources.inlineOrigin(), sources.inline());
        }
    }

    private void file(String entry, SourceLocation entryWhere, Path scenarioDir) {
        Path path;
        try {
            Path relative = Path.of(entry);
            if (relative.isAbsolute()) {
                problems.add(new ScenarioProblem(entryWhere, "manifestFiles: '" + entry + "' is an absolute path; "
                        + "give a path relative to the scenario file"));
                return;
            }
            path = scenarioDir.resolve(relative);
        } catch (InvalidPathException e) {
            problems.add(new ScenarioProblem(entryWhere, "manifestFiles: '" + entry + "' is not a valid path"));
            return;
        }
        String text = readFile(entry, entryWhere, path);
        if (text != null) {
            source(TextOrigin.of(path.toString()), text);
        }
    }

    /** The text of a manifest file, or null after a problem at {@code entryWhere}. */
    private String readFile(String entry, SourceLocation entryWhere, Path path) {
        String problem = null;
        try {
            if (!Files.exists(path)) {
                problem = "no such file (looked for " + path.toAbsolutePath().normalize() + ")";
            } else if (Files.isDirectory(path)) {
                problem = "it is a folder, not a manifest file";
            } else if (!Files.isRegularFile(path)) {
                problem = "it is not a regular file";
            } else if (Files.size(path) > MAX_BYTES) {
                problem = "it is " + Files.size(path) + " bytes; the limit is 1 MiB";
            } else {
                byte[] bytes;
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes(MAX_BYTES + 1);
                }
                if (bytes.length > MAX_BYTES) {
                    problem = "it is more than " + MAX_BYTES + " bytes; the limit is 1 MiB";
                } else {
                    String text = ScenarioLoader.decodeUtf8(path.toString(), bytes);
                    return text.startsWith("\uFEFF") ? text.substring(1) : text;
                }
            }
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return null;
        } catch (IOException e) {
            problem = e.getMessage();
        }
        problems.add(new ScenarioProblem(entryWhere, "manifestFiles: cannot read '" + entry + "': " + problem));
        return null;
    }

    private void source(TextOrigin origin, String text) {
        sourceOrder.add(origin.file());
        List<YamlNode> documents;
        try {
            documents = YamlReader.readDocuments(origin, text);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return;
        }
        for (YamlNode document : documents) {
            document(document, false);
        }
    }

    private void document(YamlNode document, boolean inList) {
        if (!(document instanceof YamlNode.Mapping object)) {
            problems.add(new ScenarioProblem(document.where(), (inList ? "items: " : "") + "expected a Kubernetes "
                    + "object (a map with apiVersion, kind and metadata), found " + document.kind()));
            return;
        }
        if (!inList && isList(object)) {
            YamlNode items = ManifestFields.field(object, "items");
            if (items instanceof YamlNode.Sequence sequence) {
                sequence.items().forEach(item -> document(item, true));
            } else if (items != null) {
                problems.add(new ScenarioProblem(items.where(), "items: expected a list of objects, found "
                        + items.kind()));
            }
            return;
        }
        if (!ObjectReader.isBuiltIn(object)) {
            custom.add(object);
            return;
        }
        add(object, null);
    }

    /** Reads {@code object} (as an object of {@code crd}'s kind when it is not null) and keeps it. */
    private void add(YamlNode.Mapping object, CrdManifest crd) {
        ManifestFields fields = new ManifestFields();
        KubeManifest read = crd == null ? new ObjectReader(fields).read(object)
                : new CustomObjectReader(fields).read(object, crd);
        keep(object, read, fields);
    }

    private void keep(YamlNode.Mapping object, KubeManifest read, ManifestFields fields) {
        problems.addAll(fields.problems());
        warnings.addAll(fields.warnings());
        if (read == null || fields.hasProblems()) {
            return;
        }
        classRefs.collect(object);
        String key = read.kind() + " " + read.meta().key();
        SourceLocation first = defined.putIfAbsent(key, object.where());
        if (first != null) {
            problems.add(new ScenarioProblem(object.where(), read.kind() + " " + read.meta().key()
                    + " is defined twice; it was first defined at " + first));
            return;
        }
        objects.add(read);
    }

    private static boolean isList(YamlNode.Mapping object) {
        return ManifestFields.field(object, "kind") instanceof YamlNode.Scalar kind && "List".equals(kind.text())
                && ManifestFields.field(object, "apiVersion") instanceof YamlNode.Scalar version
                && "v1".equals(version.text());
    }

    /**
     * Reads the documents of kinds that are not built in, once every CRD is known (a CRD may come after its objects
     * in the files): an object whose group and kind a CRD registered is checked against it; any other is warned
     * about as an unsupported kind.
     */
    private void readCustomObjects() {
        List<CrdManifest> crds = objects.stream().filter(o -> o instanceof CrdManifest).map(o -> (CrdManifest) o)
                .toList();
        for (YamlNode.Mapping object : custom) {
            if (OperatorReader.isOperator(object)) {
                ManifestFields fields = new ManifestFields();
                keep(object, new OperatorReader(fields).read(object, crds), fields);
            } else {
                add(object, crdFor(object));
            }
        }
    }

    private CrdManifest crdFor(YamlNode.Mapping object) {
        if (!(ManifestFields.field(object, "kind") instanceof YamlNode.Scalar kind)
                || !(ManifestFields.field(object, "apiVersion") instanceof YamlNode.Scalar version)) {
            return null;
        }
        String group = version.text().contains("/") ? version.text().substring(0, version.text().indexOf('/')) : "";
        for (KubeManifest m : objects) {
            if (m instanceof CrdManifest crd && crd.resourceKind().equals(kind.text()) && crd.group().equals(group)) {
                return crd;
            }
        }
        return null;
    }

    private ManifestSet finish() throws ScenarioException {
        readCustomObjects();
        classRefs.check(objects, problems);
        warnings.sort(Comparator.comparingInt((ScenarioProblem w) -> sourceOrder.indexOf(w.where().file()))
                .thenComparingInt(w -> w.where().line()).thenComparingInt(w -> w.where().column()));
        if (problems.isEmpty()) {
            return new ManifestSet(objects, warnings);
        }
        List<ScenarioProblem> shown = problems;
        if (problems.size() > NodeReader.MAX_PROBLEMS) {
            shown = new ArrayList<>(problems.subList(0, NodeReader.MAX_PROBLEMS));
            shown.add(new ScenarioProblem(SourceLocation.wholeFile(problems.get(0).where().file()),
                    (problems.size() - NodeReader.MAX_PROBLEMS) + " more problems not shown"));
        }
        throw new ScenarioException(shown);
    }
}
