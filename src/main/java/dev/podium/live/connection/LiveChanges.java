package dev.podium.live.connection;

import dev.podium.live.guard.ChangeRefusedException;
import dev.podium.live.guard.ChangeRequest;
import dev.podium.live.guard.ChangeTicket;
import dev.podium.live.guard.KubeVerb;
import dev.podium.live.guard.ReadOnlyGuard;
import dev.podium.live.kubeconfig.LiveConnection;
import java.util.Objects;

/**
 * The only changes Podium sends to a real cluster: delete one pod, scale one Deployment. Each call is the user's
 * confirmed action: it takes a one-use {@link ChangeTicket} for that very request from the connection's
 * {@link ReadOnlyGuard} (refused unless "allow changes" is on for the context), sends it, and cancels the ticket
 * whatever happened, so nothing else can ride on it. Blocks on the network: call it off the FX thread.
 * Thread-safe.
 */
public final class LiveChanges {
    /** The scale subresource, as kubectl scale uses it (RBAC: update deployments/scale). */
    static final String DEPLOYMENT_SCALE = "deployments/scale";

    private final LiveConnection connection;

    public LiveChanges(LiveConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Whether the user allowed changes for this connection's context. */
    public boolean allowed() {
        return connection.guard().changesAllowed();
    }

    /** The guard's refusal as itself (fabric8 may wrap what an interceptor throws), anything else as a failure. */
    private static LiveChangeException failure(String what, RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ChangeRefusedException) {
                throw (ChangeRefusedException) c;
            }
        }
        return LiveChangeException.of(what, e);
    }

    /**
     * Deletes pod {@code namespace/name} (graceful, as kubectl delete pod). Throws {@link ChangeRefusedException}
     * when changes are not allowed, {@link LiveChangeException} when the server refuses or cannot be reached.
     */
    public void deletePod(String namespace, String name) throws LiveChangeException {
        ChangeTicket ticket = connection.guard().confirm(ChangeRequest.delete("pods", namespace, name));
        try {
            connection.client().pods().inNamespace(namespace).withName(name).delete();
        } catch (RuntimeException e) {
            throw failure("delete pod " + namespace + "/" + name, e);
        } finally {
            ticket.cancel();
        }
    }

    /** Sets Deployment {@code namespace/name} to {@code replicas} through its scale subresource. */
    public void scaleDeployment(String namespace, String name, int replicas) throws LiveChangeException {
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must not be negative: " + replicas);
        }
        ChangeTicket ticket = connection.guard().confirm(
                new ChangeRequest(KubeVerb.UPDATE, DEPLOYMENT_SCALE, namespace, name));
        try {
            connection.client().apps().deployments().inNamespace(namespace).withName(name).scale(replicas);
        } catch (RuntimeException e) {
            throw failure("scale deployment " + namespace + "/" + name + " to " + replicas, e);
        } finally {
            ticket.cancel();
        }
    }
}
