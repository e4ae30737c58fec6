package dev.podium.bench;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;

/**
 * M/M/1 on Podium's {@link Kernel}: time in long nanoseconds, actions as two reused Runnables.
 *
 * <p>With {@code reuseEvents} the model reschedules its one arrival and one departure event
 * ({@link Kernel#reschedule}), as the "ssj" variant reuses SSJ's events; this pair gives the headline
 * ratio. Without it, every scheduling allocates a new event handle, as "ssj-new-events" does.
 */
final class KernelMm1 implements Mm1Variant {
    private final boolean reuseEvents;

    KernelMm1(boolean reuseEvents) {
        this.reuseEvents = reuseEvents;
    }

    @Override
    public String name() {
        return reuseEvents ? "kernel" : "kernel-new-events";
    }

    @Override
    public Mm1Result run(long seed, long customers) {
        Model model = new Model(seed, customers, reuseEvents);
        long start = System.nanoTime();
        model.arrivalHandle = model.kernel.schedule(model.queue.nextInterarrivalNanos(), model.arrival);
        model.kernel.runUntil(Long.MAX_VALUE); // the model stops the kernel at its last departure
        long wallNanos = System.nanoTime() - start;
        if (model.kernel.firedCount() != model.queue.events()) {
            throw new IllegalStateException("kernel fired " + model.kernel.firedCount() + " events, model saw "
                    + model.queue.events());
        }
        return model.queue.result(wallNanos, model.kernel.now());
    }

    private static final class Model {
        final Kernel kernel;
        final Mm1Queue queue;
        final Runnable arrival = this::onArrival;
        final Runnable departure = this::onDeparture;
        final boolean reuseEvents;
        EventHandle arrivalHandle;
        EventHandle departureHandle;

        Model(long seed, long customers, boolean reuseEvents) {
            this.kernel = new Kernel(seed);
            this.queue = new Mm1Queue(seed, customers);
            this.reuseEvents = reuseEvents;
        }

        void onArrival() {
            long serviceNanos = queue.arrive(kernel.now());
            if (serviceNanos != Mm1Queue.NONE) {
                scheduleDeparture(serviceNanos);
            }
            long gap = queue.nextInterarrivalNanos();
            if (reuseEvents) {
                kernel.reschedule(arrivalHandle, gap); // the same object comes back: no field store, as in SSJ
            } else {
                arrivalHandle = kernel.schedule(gap, arrival);
            }
        }

        void onDeparture() {
            long serviceNanos = queue.depart(kernel.now());
            if (serviceNanos != Mm1Queue.NONE) {
                scheduleDeparture(serviceNanos);
            }
            if (queue.done()) {
                kernel.stop(); // as the SSJ and DSOL models stop their simulators
            }
        }

        private void scheduleDeparture(long serviceNanos) {
            if (reuseEvents && departureHandle != null) {
                kernel.reschedule(departureHandle, serviceNanos);
            } else {
                departureHandle = kernel.schedule(serviceNanos, departure);
            }
        }
    }
}
