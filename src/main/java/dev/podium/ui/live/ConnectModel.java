package dev.podium.ui.live;

import dev.podium.live.kubeconfig.ContextInfo;
import dev.podium.live.kubeconfig.Kubeconfig;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.live.kubeconfig.LiveConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connect dialog's state, with no nodes: the kubeconfig's contexts as kubectl resolves them, the selection
 * (the last remembered choice if that context still exists, else current-context, else the first), the selected
 * context's details, the namespace scope (all namespaces, or one, prefilled with the context's), "allow changes"
 * (off by default and after every change of selection, never remembered), the kubeconfig's problem if it cannot be
 * read, and "test connection", run on the background executor with a timeout, its result posted on the FX executor.
 * A result that arrives after the selection changed is dropped. FX thread only (the FX executor included).
 */
public final class ConnectModel {
    /** How long "test connection" waits for a server or credential plugin. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** A Kubernetes namespace name (an RFC 1123 label). */
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    private final KubeconfigFiles files;
    private final LastConnection memory;
    private final ConnectionTestRun test;
    private final List<Path> filesRead;
    private final Kubeconfig kubeconfig;
    private final String currentContext;
    private final ObservableList<ContextInfo> contexts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<ContextInfo> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper execPlugin = new ReadOnlyStringWrapper(this, "execPlugin", "");
    private final BooleanProperty allNamespaces = new SimpleBooleanProperty(this, "allNamespaces", true);
    private final StringProperty namespace = new SimpleStringProperty(this, "namespace", "");
    private final BooleanProperty allowChanges = new SimpleBooleanProperty(this, "allowChanges", false);
    private final ReadOnlyBooleanWrapper namespaceValid = new ReadOnlyBooleanWrapper(this, "namespaceValid");
    private final ReadOnlyBooleanWrapper canConnect = new ReadOnlyBooleanWrapper(this, "canConnect");
    private final ReadOnlyBooleanWrapper canTest = new ReadOnlyBooleanWrapper(this, "canTest");

    /**
     * Reads the kubeconfig from {@code files} now (a problem is kept, not thrown), selects as described above, and
     * tests connections with {@code probe} on {@code background}, posting results with {@code fx}.
     */
    public ConnectModel(KubeconfigFiles files, LastConnection memory, ConnectionProbe probe, Executor background,
            Executor fx, Duration timeout) {
        this.files = Objects.requireNonNull(files, "files");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.test = new ConnectionTestRun(Objects.requireNonNull(probe, "probe"),
                Objects.requireNonNull(background, "background"), Objects.requireNonNull(fx, "fx"),
                Objects.requireNonNull(timeout, "timeout"));
        Kubeconfig read = null;
        try {
            read = files.load();
            contexts.setAll(read.contexts());
        } catch (LiveConfigException e) {
            problem.set(e.getMessage());
        }
        kubeconfig = read;
        filesRead = read == null ? files.candidates() : read.files();
        currentContext = read == null ? null
                : read.currentContext().filter(read.contextNames()::contains).orElse(null);
        namespaceValid.bind(Bindings.createBooleanBinding(() -> NAMESPACE.matcher(namespace.get().strip()).matches(),
                namespace));
        canConnect.bind(Bindings.createBooleanBinding(() -> usable(selected.get())
                && (allNamespaces.get() || namespaceValid.get()), selected, allNamespaces, namespaceValid));
        canTest.bind(Bindings.createBooleanBinding(() -> usable(selected.get())
                && test.stateProperty().get() != TestState.TESTING, selected, test.stateProperty()));
        selected.addListener((obs, old, now) -> selectionChanged(now));
        selectInitial();
    }

    private void selectInitial() {
        Optional<LastConnection.Remembered> last = memory.load().filter(r -> find(r.context()).isPresent());
        String name = last.map(LastConnection.Remembered::context).orElse(currentContext);
        if (name == null && !contexts.isEmpty()) {
            name = contexts.get(0).name();
        }
        if (name != null) {
            select(name);
        }
        last.ifPresent(r -> {
            allNamespaces.set(r.namespace() == null);
            if (r.namespace() != null) {
                namespace.set(r.namespace());
            }
        });
    }

    private void selectionChanged(ContextInfo now) {
        test.reset();
        allowChanges.set(false);
        namespace.set(now == null ? "" : now.namespace());
        execPlugin.set(now == null || kubeconfig == null ? "" : kubeconfig.execPlugin(now.name()).orElse(""));
    }

    private boolean usable(ContextInfo context) {
        return context != null && context.problem() == null && problem.get().isEmpty();
    }

    private Optional<ContextInfo> find(String name) {
        return contexts.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    // ---- properties ----

    /** The contexts, in the order the kubeconfig files define them (first file wins a duplicated name). */
    public ObservableList<ContextInfo> contexts() {
        return FXCollections.unmodifiableObservableList(contexts);
    }

    /** The current-context, if it names a context that exists. */
    public Optional<String> currentContext() {
        return Optional.ofNullable(currentContext);
    }

    /** How long a connection test may take before it is reported as failed. */
    public Duration timeout() {
        return test.timeout();
    }

    /** The kubeconfig files used (those read, or those looked for when none could be read). */
    public List<Path> filesRead() {
        return filesRead;
    }

    /** Where the file list came from: "KUBECONFIG", "the default location" or "--kubeconfig". */
    public String filesOrigin() {
        return files.origin();
    }

    /** Why the kubeconfig cannot be used, one or a few lines with the file name; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The selected context (server, user, auth kind, namespace, insecure flag, its own problem); null if none. */
    public ReadOnlyObjectProperty<ContextInfo> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected user's exec credential plugin (the command's file name), or empty. */
    public ReadOnlyStringProperty execPluginProperty() {
        return execPlugin.getReadOnlyProperty();
    }

    /** True to watch every namespace (the default); false to watch {@link #namespaceProperty()} only. */
    public BooleanProperty allNamespacesProperty() {
        return allNamespaces;
    }

    /** The one namespace to watch when not all; prefilled with the selected context's namespace. */
    public StringProperty namespaceProperty() {
        return namespace;
    }

    /** Whether {@link #namespaceProperty()} is a valid namespace name. */
    public ReadOnlyBooleanProperty namespaceValidProperty() {
        return namespaceValid.getReadOnlyProperty();
    }

    /** "Allow changes on this context": off by default and whenever the selection changes; never remembered. */
    public BooleanProperty allowChangesProperty() {
        return allowChanges;
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return test.stateProperty();
    }

    /** What the last test found (the live package's message), empty while idle or testing. */
    public ReadOnlyStringProperty testMessageProperty() {
        return test.messageProperty();
    }

    /** True when a usable context is selected and the namespace scope is valid. */
    public ReadOnlyBooleanProperty canConnectProperty() {
        return canConnect.getReadOnlyProperty();
    }

    /** True when a usable context is selected and no test is running. */
    public ReadOnlyBooleanProperty canTestProperty() {
        return canTest.getReadOnlyProperty();
    }

    // ---- commands ----

    /** Selects the context {@code name}; an unknown name is an error, never a silent fall back. */
    public void select(String name) {
        ContextInfo context = find(name).orElseThrow(() -> new IllegalArgumentException(
                "there is no context named '" + name + "' in " + filesRead));
        selected.set(context);
    }

    /** Starts a connection test of the selected context, unless one is running or none can be tested. */
    public void testConnection() {
        if (canTest.get()) {
            test.start(files, selected.get().name());
        }
    }

    /** The choice to connect with, if one can be made now; remembers its context and namespace scope. */
    public Optional<ConnectChoice> commit() {
        if (!canConnect.get()) {
            return Optional.empty();
        }
        String scope = allNamespaces.get() ? null : namespace.get().strip();
        ContextInfo context = selected.get();
        memory.save(context.name(), scope);
        return Optional.of(new ConnectChoice(files, filesRead, context, scope, allowChanges.get()));
    }
}
