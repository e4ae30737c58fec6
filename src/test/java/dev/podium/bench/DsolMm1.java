package dev.podium.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import nl.tudelft.simulation.dsol.simulators.ErrorStrategy;

/**
 * M/M/1 on DSOL 4.3.2: a {@link DevsSimulator} with {@code Double} time holding nanoseconds (exact,
 * see {@link Mm1Queue}), its default event list, and the least set-up DSOL accepts: one model, one
 * {@link SingleReplication} with no warm-up and an end time far beyond the run, no animation and no
 * listeners. Events are lambdas ({@link Executable}) scheduled with {@code scheduleEventRel}, the
 * cheapest way DSOL offers (no reflection).
 *
 * <p>DSOL runs a replication on its own worker thread; the run is timed from {@code start()} until
 * the model reports its last departure. The model stops the simulator itself at that departure.
 */
final class DsolMm1 implements Mm1Variant {
    /** Far beyond any run (about 11.6 simulated days), and still exact in a double. */
    private static final double END_TIME_NANOS = 1e18;
    private static final long TIMEOUT_SECONDS = 300;

    @Override
    public String name() {
        return "dsol";
    }

    @Override
    public Mm1Result run(long seed, long customers) {
        DevsSimulator<Double> simulator = new DevsSimulator<>("mm1-bench");
        simulator.setErrorStrategy(ErrorStrategy.WARN_AND_END);
        Model model = new Model(simulator, new Mm1Queue(seed, customers));
        try {
            simulator.initialize(model, new SingleReplication<>("mm1", 0.0, 0.0, END_TIME_NANOS));
            long start = System.nanoTime();
            simulator.start();
            if (!model.finished.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("DSOL run did not finish within " + TIMEOUT_SECONDS + " s");
            }
            long wallNanos = System.nanoTime() - start;
            return model.queue.result(wallNanos, model.lastEventNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            awaitStopped(simulator);
            simulator.cleanUp();
        }
    }

    private static void awaitStopped(DevsSimulator<Double> simulator) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!simulator.isStopped() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static final class Model extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>> {
        private static final long serialVersionUID = 1L;

        final transient Mm1Queue queue;
        final transient CountDownLatch finished = new CountDownLatch(1);
        private final transient Executable arrival = this::onArrival;
        private final transient Executable departure = this::onDeparture;
        /** Written on DSOL's worker thread before {@link #finished} opens, read after. */
        long lastEventNanos;

        Model(DevsSimulatorInterface<Double> simulator, Mm1Queue queue) {
            super(simulator);
            this.queue = queue;
        }

        @Override
        public void constructModel() {
            simulator.scheduleEventRel((double) queue.nextInterarrivalNanos(), arrival);
        }

        private void onArrival() {
            long now = simulator.getSimulatorTime().longValue();
            long serviceNanos = queue.arrive(now);
            if (serviceNanos != Mm1Queue.NONE) {
                simulator.scheduleEventRel((double) serviceNanos, departure);
            }
            simulator.scheduleEventRel((double) queue.nextInterarrivalNanos(), arrival);
        }

        private void onDeparture() {
            long now = simulator.getSimulatorTime().longValue();
            long serviceNanos = queue.depart(now);
            if (serviceNanos != Mm1Queue.NONE) {
                simulator.scheduleEventRel((double) serviceNanos, departure);
            }
            if (queue.done()) {
                lastEventNanos = now;
                simulator.stop();
                finished.countDown();
            }
        }
    }
}
