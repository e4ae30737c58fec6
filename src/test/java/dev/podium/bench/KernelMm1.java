package dev.podium.bench;

import dev.podium.engine.Kernel;

/** M/M/1 on Podium's {@link Kernel}: time in long nanoseconds, actions as two reused Runnables. */
final class KernelMm1 implements Mm1Variant {

    @Override
    public String name() {
        return "kernel";
    }

    @Override
    public Mm1Result run(long seed, long customers) {
        Model model = new Model(seed, customers);
        long start = System.nanoTime();
        model.kernel.schedule(model.queue.nextInterarrivalNanos(), model.arrival);
        while (!model.queue.done() && model.kernel.step()) {
            // each step fires one arrival or departure
        }
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

        Model(long seed, long customers) {
            this.kernel = new Kernel(seed);
            this.queue = new Mm1Queue(seed, customers);
        }

        void onArrival() {
            long serviceNanos = queue.arrive(kernel.now());
            if (serviceNanos != Mm1Queue.NONE) {
                kernel.schedule(serviceNanos, departure);
            }
            kernel.schedule(queue.nextInterarrivalNanos(), arrival);
        }

        void onDeparture() {
            long serviceNanos = queue.depart(kernel.now());
            if (serviceNanos != Mm1Queue.NONE) {
                kernel.schedule(serviceNanos, departure);
            }
        }
    }
}
