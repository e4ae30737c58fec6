package dev.podium.world.queue;

import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;

/** Folds {@link QueueEvent}s into a {@link QueueState}; ignores other worlds' events. */
public final class QueueProjection implements Projection<QueueState> {

    @Override
    public QueueState initial() {
        return new QueueState();
    }

    @Override
    public QueueState copy(QueueState state) {
        return new QueueState(state);
    }

    @Override
    public void apply(QueueState s, WorldEvent event) {
        if (event instanceof CustomerArrived a) {
            s.waiting.addLast(new QueueState.Waiting(a.customer(), a.timeNanos()));
            s.arrivedCount++;
            s.maxWaiting = Math.max(s.maxWaiting, s.waiting.size());
        } else if (event instanceof ServiceStarted st) {
            removeWaiting(s, st.customer());
            s.inService[st.server()] = new QueueState.InService(st.customer(), st.timeNanos(), st.serviceNanos());
            s.startedCount++;
            s.totalWaitNanos += st.waitNanos();
        } else if (event instanceof ServiceCompleted done) {
            s.inService[done.server()] = null;
            s.servedCount++;
            s.totalSojournNanos += done.sojournNanos();
            depart(s, new QueueState.Departure(done.customer(), done.server(), done.timeNanos(), false));
        } else if (event instanceof CustomerRejected r) {
            s.arrivedCount++;
            s.rejectedCount++;
            depart(s, new QueueState.Departure(r.customer(), -1, r.timeNanos(), true));
        } else if (event instanceof QueueConfigured c) {
            s.servers = c.servers();
            s.meanInterarrivalNanos = c.meanInterarrivalNanos();
            s.meanServiceNanos = c.meanServiceNanos();
            s.arrivals = c.arrivals();
            s.service = c.service();
            s.capacity = c.capacity();
        } else if (event instanceof ArrivalRateChanged r) {
            s.meanInterarrivalNanos = r.meanInterarrivalNanos();
        } else if (event instanceof ServersChanged c) {
            s.servers = c.servers();
        } else if (event instanceof ServiceTimeChanged c) {
            s.meanServiceNanos = c.meanServiceNanos();
        }
        // Events of other worlds are not ours to fold.
    }

    private static void removeWaiting(QueueState s, long customer) {
        QueueState.Waiting head = s.waiting.peekFirst();
        if (head != null && head.customer() == customer) {
            s.waiting.removeFirst();
        } else {
            s.waiting.removeIf(w -> w.customer() == customer);
        }
    }

    private static void depart(QueueState s, QueueState.Departure d) {
        if (s.recentDepartures.size() == QueueState.RECENT_DEPARTURES) {
            s.recentDepartures.removeFirst();
        }
        s.recentDepartures.addLast(d);
    }
}
