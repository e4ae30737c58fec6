package dev.podium.ui.live;

import dev.podium.live.connection.LiveChangeException;
import dev.podium.live.connection.LiveChanges;
import dev.podium.live.guard.ChangePermission;
import dev.podium.live.guard.ChangeRefusedException;
import dev.podium.live.informer.LiveOptions;
import dev.podium.live.informer.LiveSession;
import dev.podium.live.informer.LiveStatus;
import dev.podium.live.kubeconfig.ClientFactory;
import dev.podium.live.kubeconfig.ExecCredentialPlugin;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.live.kubeconfig.LiveConfigException;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.live.log.Redactor;
import dev.podium.ui.common.I18n;
import dev.podium.ui.playback.Playback;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Live cluster commands of the window: connect (off the FX thread: reading the kubeconfig and running an exec
 * plugin may take seconds), disconnect (the session stays, scrubbable and savable), and the two changes a user
 * may make to a real cluster, each only with "allow changes" on for that context and after a confirmation that
 * names the request and the context. A failure is an error dialog with a one-line cause; nothing is lost.
 * FX thread only (results come back in one {@code runLater} each).
 */
public final class LiveCommands {
    private final LiveHost window;
    private final I18n i18n;
    private final ChangePermission permission = new ChangePermission();
    private final Executor background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "podium-live");
        t.setDaemon(true);
        return t;
    });
    /** The longest a session that has connected waits for its view to be made ready before it is shown. */
    static final long PREPARE_WAIT_SECONDS = 10;
    /** Connects begun whose session has not come back yet. */
    private int connecting;
    private String lastPod = "";
    private String lastDeployment = "";

    public LiveCommands(LiveHost window) {
        this.window = window;
        this.i18n = window.i18n();
    }

    /**
     * True while a live session is starting: a connect has not come back yet, or the live playback on show is still
     * connected and has an informer not yet watching (its initial list still coming) or events waiting to be drained.
     * Work that can wait (reading the lesson gallery) waits for it, so the initial sync has the machine.
     */
    public boolean starting() {
        if (connecting > 0) {
            return true;
        }
        LivePlayback live = current();
        if (live == null || live.isDisconnected()) {
            return false;
        }
        LiveStatus status = live.status();
        return !status.allWatching() || status.backlog() > 0;
    }

    /** The live playback on show, or null. */
    public LivePlayback current() {
        Playback p = window.playbackProperty().get();
        return p instanceof LivePlayback ? (LivePlayback) p : null;
    }

    /**
     * Connects to {@code context} from {@code files} and shows it live; {@code namespace} null watches all
     * namespaces. Returns at once; the narration says "connecting" until the session starts or fails.
     */
    public void connect(KubeconfigFiles files, String context, String namespace, boolean allowChanges) {
        window.note(window.playheadNanos(), i18n.get("note.live.connecting", context));
        // the view is made ready while the connection is made; the session is shown once both are done (its
        // events wait in its queue meanwhile), and after PREPARE_WAIT_SECONDS at the latest
        CompletableFuture<Void> viewReady = new CompletableFuture<>();
        window.prepare(List.of(LiveSession.WORLD), () -> viewReady.complete(null));
        viewReady.completeOnTimeout(null, PREPARE_WAIT_SECONDS, TimeUnit.SECONDS);
        ClientFactory factory = new ClientFactory(files, ExecCredentialPlugin.forThisProcess(), permission,
                Clock.systemUTC());
        LiveOptions options = LiveOptions.watching(namespace);
        connecting++;
        CompletableFuture.supplyAsync(() -> {
            try {
                LiveConnection connection = factory.connect(context);
                connection.guard().allowChanges(allowChanges);
                return LiveSession.start(connection, options);
            } catch (LiveConfigException e) {
                throw new CompletionException(e);
            }
        }, background).thenCombine(viewReady, (session, ready) -> session)
                .whenComplete((session, failure) -> Platform.runLater(() -> {
            connecting--;
            if (failure != null) {
                window.dialogs().showError("dialog.connect.failed", context, causeText(failure));
                return;
            }
            String scope = namespace == null ? i18n.get("live.allNamespaces") : namespace;
            window.showPlayback(new LivePlayback(session, namespace), i18n.get("title.live", context, scope));
            session.connection().warnings().forEach(w -> window.note(0, w));
        }));
    }

    /** Stops watching; the session stays on screen as a finished recording. */
    public void disconnect() {
        LivePlayback live = current();
        if (live != null) {
            live.disconnect();
            window.note(window.playheadNanos(),
                    i18n.get("note.live.disconnected", live.contextName()));
        }
    }

    /** Whether the user may make changes to the cluster on show (allow changes is on for its context). */
    public boolean changesAllowed() {
        LivePlayback live = current();
        return live != null && !live.isDisconnected() && live.connection().guard().changesAllowed();
    }

    /** Actions > Delete pod…: asks namespace/name, confirms, deletes in the background. */
    public void askDeletePod() {
        LivePlayback live = current();
        if (live == null || !refuseUnlessAllowed(live)) {
            return;
        }
        Optional<String> key = window.dialogs().askText(i18n.get("live.action.deletePod"), i18n.get("live.prompt.pod"),
                lastPod).map(text -> qualified(text, live));
        if (key.isEmpty()) {
            return;
        }
        lastPod = key.get();
        String[] ns = lastPod.split("/", 2);
        if (confirm(live, i18n.get("live.confirm.deletePod", lastPod, live.contextName()), "live.confirm.deletePod")) {
            run(live, i18n.get("live.action.deletePod") + " " + lastPod, changes -> changes.deletePod(ns[0], ns[1]));
        }
    }

    /** Actions > Scale deployment…: asks namespace/name and replicas, confirms, scales in the background. */
    public void askScale() {
        LivePlayback live = current();
        if (live == null || !refuseUnlessAllowed(live)) {
            return;
        }
        Optional<String> key = window.dialogs().askText(i18n.get("live.action.scale"),
                i18n.get("live.prompt.deployment"), lastDeployment).map(text -> qualified(text, live));
        if (key.isEmpty()) {
            return;
        }
        lastDeployment = key.get();
        Optional<Double> value = window.dialogs().askNumber("live.action.scale", "live.prompt.replicas", 1, 0, 1000);
        if (value.isEmpty()) {
            return;
        }
        int replicas = (int) Math.round(value.get());
        String[] ns = lastDeployment.split("/", 2);
        if (confirm(live, i18n.get("live.confirm.scale", lastDeployment, replicas, live.contextName()),
                "live.confirm.scale")) {
            run(live, i18n.get("live.action.scale") + " " + lastDeployment + " → " + replicas,
                    changes -> changes.scaleDeployment(ns[0], ns[1], replicas));
        }
    }

    /** The confirmation of a change to the real cluster; {@code key}.button labels the confirm button. */
    private boolean confirm(LivePlayback live, String what, String key) {
        return window.dialogs().confirmChange(i18n.get("live.confirm.title", live.contextName()), what,
                i18n.get(key + ".button"));
    }

    /** "name" means the watched namespace (or default); "ns/name" is taken as is. */
    static String qualified(String text, LivePlayback live) {
        String t = text.strip();
        if (t.contains("/")) {
            return t;
        }
        return (live.namespace() == null ? "default" : live.namespace()) + "/" + t;
    }

    private boolean refuseUnlessAllowed(LivePlayback live) {
        if (changesAllowed()) {
            return true;
        }
        window.dialogs().showError("dialog.live.readOnly", live.contextName(),
                i18n.get("live.readOnly.explain", live.contextName()));
        return false;
    }

    /** One confirmed change. */
    private interface Change {
        void apply(LiveChanges changes) throws LiveChangeException;
    }

    private void run(LivePlayback live, String what, Change change) {
        LiveChanges changes = new LiveChanges(live.connection());
        CompletableFuture.runAsync(() -> {
            try {
                change.apply(changes);
            } catch (LiveChangeException e) {
                throw new CompletionException(e);
            }
        }, background).whenComplete((ok, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                window.dialogs().showError("dialog.live.changeFailed", what, causeText(failure));
            } else {
                window.note(window.playheadNanos(), i18n.get("note.live.sent", what));
            }
        }));
    }

    private static String causeText(Throwable failure) {
        Throwable c = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (c instanceof LiveConfigException || c instanceof LiveChangeException
                || c instanceof ChangeRefusedException) {
            return c.getMessage();
        }
        return Redactor.scrub(c.getClass().getSimpleName() + ": " + c.getMessage());
    }
}
