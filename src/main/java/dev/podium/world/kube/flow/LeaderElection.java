package dev.podium.world.kube.flow;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.flow.event.LeaderElectionStarted;
import dev.podium.world.kube.flow.event.LeaderReconciled;
import dev.podium.world.kube.flow.event.LeaderStopped;
import dev.podium.world.kube.flow.event.LeaseAcquired;
import dev.podium.world.kube.flow.event.LeaseRenewed;
import java.util.ArrayList;
import java.util.List;

/**
 * client-go's leader election over one coordination.k8s.io Lease, for the replicas of a controller. A candidate that
 * does not lead calls tryAcquireOrRenew every retryPeriod × (1 + U[0, 1.2)) (wait.JitterUntil with factor 1.2): it
 * reads the Lease, and when the record changed since its last look it notes the time it saw the change; the Lease is
 * held while that time + leaseDuration is in the future, so a standby takes over no sooner than leaseDuration after
 * the last renew it saw. The leader renews every retryPeriod and would stop leading if renewals failed for
 * renewDeadline (writes to the simulated API server do not fail, so only a kill ends a term here). Only the leader
 * reconciles. A killed replica does not release the Lease (ReleaseOnCancel is off by default).
 *
 * <p>Kernel thread only. Jitter comes from one seeded stream per candidate, so runs are repeatable.
 */
final class LeaderElection {
    private final Kernel kernel;
    private final EventSink sink;
    private final LeaseSpec spec;
    private final List<Candidate> candidates = new ArrayList<>();
    /** The Lease as stored: holderIdentity, renewTime, leaseTransitions. */
    private String holder = "";
    private long renewNanos = -1;
    private int transitions;
    /** Counts writes to the Lease: a candidate compares it to see a change (like comparing the record). */
    private long version;

    private final class Candidate {
        final String name;
        final RandomStream jitter;
        boolean alive = true;
        boolean leading;
        long seenVersion = -1;
        long seenAtNanos;
        long reconciles;

        Candidate(String name) {
            this.name = name;
            this.jitter = kernel.random("kube.flow.lease." + name);
        }
    }

    LeaderElection(Kernel kernel, EventSink sink, LeaseSpec spec) {
        this.kernel = kernel;
        this.sink = sink;
        this.spec = spec;
        for (int i = 0; i < spec.replicas(); i++) {
            candidates.add(new Candidate(spec.candidate(i)));
        }
    }

    /** Emits {@link LeaderElectionStarted}; each candidate tries at once, in replica order. */
    void start() {
        sink.emit(new LeaderElectionStarted(kernel.now(), spec.name(), candidates.stream().map(c -> c.name).toList(),
                spec.leaseDurationNanos(), spec.renewDeadlineNanos(), spec.retryPeriodNanos()));
        for (Candidate c : candidates) {
            kernel.schedule(0, () -> acquireLoop(c));
        }
    }

    private void acquireLoop(Candidate c) {
        if (!c.alive) {
            return;
        }
        if (tryAcquire(c)) {
            c.leading = true;
            kernel.schedule(spec.retryPeriodNanos(), () -> renewLoop(c));
            kernel.schedule(0, () -> work(c));
            return;
        }
        long period = spec.retryPeriodNanos();
        kernel.schedule(period + (long) (c.jitter.nextDouble() * 1.2 * period), () -> acquireLoop(c));
    }

    private boolean tryAcquire(Candidate c) {
        long now = kernel.now();
        if (c.seenVersion != version) {
            c.seenVersion = version;
            c.seenAtNanos = now;
        }
        if (!holder.isEmpty() && !holder.equals(c.name) && c.seenAtNanos + spec.leaseDurationNanos() > now) {
            return false;
        }
        String previous = holder;
        long previousRenew = renewNanos;
        if (!holder.equals(c.name)) {
            transitions += holder.isEmpty() ? 0 : 1;
        }
        holder = c.name;
        renewNanos = now;
        version++;
        c.seenVersion = version;
        c.seenAtNanos = now;
        sink.emit(new LeaseAcquired(now, spec.name(), c.name, previous, previous.isEmpty() ? -1 : previousRenew,
                transitions));
        return true;
    }

    private void renewLoop(Candidate c) {
        if (!c.alive || !c.leading) {
            return;
        }
        renewNanos = kernel.now();
        version++;
        c.seenVersion = version;
        c.seenAtNanos = renewNanos;
        sink.emit(new LeaseRenewed(renewNanos, spec.name(), c.name));
        kernel.schedule(spec.retryPeriodNanos(), () -> renewLoop(c));
    }

    private void work(Candidate c) {
        if (!c.alive || !c.leading) {
            return;
        }
        c.reconciles++;
        sink.emit(new LeaderReconciled(kernel.now(), spec.name(), c.name, c.reconciles));
        kernel.schedule(spec.workNanos(), () -> work(c));
    }

    /** Kills the current leader's process; returns its name, or null if nobody leads. */
    String killLeader() {
        for (Candidate c : candidates) {
            if (c.alive && c.leading) {
                c.alive = false;
                c.leading = false;
                sink.emit(new LeaderStopped(kernel.now(), spec.name(), c.name, "killed", true));
                return c.name;
            }
        }
        return null;
    }

    String name() {
        return spec.name();
    }
}
