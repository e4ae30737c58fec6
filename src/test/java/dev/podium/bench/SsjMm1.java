package dev.podium.bench;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * M/M/1 on SSJ 3.3.2: its own {@link Simulator} instance with the default event list (a splay
 * tree), time as a {@code double} holding nanoseconds (exact, see {@link Mm1Queue}).
 *
 * <p>With {@code reuseEvents} the model keeps one arrival and one departure {@link Event} and
 * reschedules them, which SSJ allows once an event has fired; this is SSJ at its cheapest and the
 * variant the headline ratio uses. Without it, every scheduling makes a new event object, as the SSJ
 * guide's examples do.
 */
final class SsjMm1 implements Mm1Variant {
    private final boolean reuseEvents;

    SsjMm1(boolean reuseEvents) {
        this.reuseEvents = reuseEvents;
    }

    @Override
    public String name() {
        return reuseEvents ? "ssj" : "ssj-new-events";
    }

    @Override
    public Mm1Result run(long seed, long customers) {
        Simulator sim = new Simulator();
        sim.init();
        Mm1Queue queue = new Mm1Queue(seed, customers);
        Model model = new Model(sim, queue, reuseEvents);
        long start = System.nanoTime();
        model.arrival().schedule(queue.nextInterarrivalNanos());
        sim.start();
        long wallNanos = System.nanoTime() - start;
        return queue.result(wallNanos, (long) sim.time());
    }

    private static final class Model {
        final Simulator sim;
        final Mm1Queue queue;
        final boolean reuseEvents;
        final Arrival reusedArrival;
        final Departure reusedDeparture;

        Model(Simulator sim, Mm1Queue queue, boolean reuseEvents) {
            this.sim = sim;
            this.queue = queue;
            this.reuseEvents = reuseEvents;
            this.reusedArrival = new Arrival(this);
            this.reusedDeparture = new Departure(this);
        }

        Arrival arrival() {
            return reuseEvents ? reusedArrival : new Arrival(this);
        }

        Departure departure() {
            return reuseEvents ? reusedDeparture : new Departure(this);
        }
    }

    private static final class Arrival extends Event {
        private final Model model;

        Arrival(Model model) {
            super(model.sim);
            this.model = model;
        }

        @Override
        public void actions() {
            long serviceNanos = model.queue.arrive((long) sim.time());
            if (serviceNanos != Mm1Queue.NONE) {
                model.departure().schedule(serviceNanos);
            }
            model.arrival().schedule(model.queue.nextInterarrivalNanos());
        }
    }

    private static final class Departure extends Event {
        private final Model model;

        Departure(Model model) {
            super(model.sim);
            this.model = model;
        }

        @Override
        public void actions() {
            long serviceNanos = model.queue.depart((long) sim.time());
            if (serviceNanos != Mm1Queue.NONE) {
                model.departure().schedule(serviceNanos);
            }
            if (model.queue.done()) {
                sim.stop();
            }
        }
    }
}
