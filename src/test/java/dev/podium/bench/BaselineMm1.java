package dev.podium.bench;

import java.util.Arrays;

/**
 * M/M/1 on the cheapest event list we can write: a binary min-heap over parallel primitive arrays
 * (time, insertion sequence, event type), no object per event and a switch instead of a virtual
 * call. It keeps the kernel's tie rule (earlier insertion first) so it fires events in the same
 * order; it has no priorities, cancellation or handles. A floor to compare the kernel against.
 */
final class BaselineMm1 implements Mm1Variant {
    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public Mm1Result run(long seed, long customers) {
        Mm1Queue queue = new Mm1Queue(seed, customers);
        PrimitiveHeap heap = new PrimitiveHeap(16);
        long start = System.nanoTime();
        long nowNanos = 0;
        heap.push(queue.nextInterarrivalNanos(), ARRIVAL);
        while (!queue.done() && heap.size() > 0) {
            nowNanos = heap.minTime();
            int type = heap.popType();
            switch (type) {
                case ARRIVAL -> {
                    long serviceNanos = queue.arrive(nowNanos);
                    if (serviceNanos != Mm1Queue.NONE) {
                        heap.push(nowNanos + serviceNanos, DEPARTURE);
                    }
                    heap.push(nowNanos + queue.nextInterarrivalNanos(), ARRIVAL);
                }
                case DEPARTURE -> {
                    long serviceNanos = queue.depart(nowNanos);
                    if (serviceNanos != Mm1Queue.NONE) {
                        heap.push(nowNanos + serviceNanos, DEPARTURE);
                    }
                }
                default -> throw new IllegalStateException("unknown event type " + type);
            }
        }
        long wallNanos = System.nanoTime() - start;
        return queue.result(wallNanos, nowNanos);
    }

    /** Min-heap on (time, sequence) stored in three parallel arrays. */
    private static final class PrimitiveHeap {
        private long[] times;
        private long[] sequences;
        private int[] types;
        private int size;
        private long nextSequence;

        PrimitiveHeap(int capacity) {
            times = new long[capacity];
            sequences = new long[capacity];
            types = new int[capacity];
        }

        int size() {
            return size;
        }

        long minTime() {
            return times[0];
        }

        void push(long time, int type) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                sequences = Arrays.copyOf(sequences, size * 2);
                types = Arrays.copyOf(types, size * 2);
            }
            long sequence = nextSequence++;
            int index = size++;
            while (index > 0) {
                int parent = (index - 1) >>> 1;
                if (!before(time, sequence, times[parent], sequences[parent])) {
                    break;
                }
                move(parent, index);
                index = parent;
            }
            set(index, time, sequence, type);
        }

        /** Removes the minimum and returns its type. */
        int popType() {
            int type = types[0];
            int last = --size;
            long time = times[last];
            long sequence = sequences[last];
            int lastType = types[last];
            int index = 0;
            int half = size >>> 1;
            while (index < half) {
                int child = 2 * index + 1;
                int right = child + 1;
                if (right < size && before(times[right], sequences[right], times[child], sequences[child])) {
                    child = right;
                }
                if (!before(times[child], sequences[child], time, sequence)) {
                    break;
                }
                move(child, index);
                index = child;
            }
            if (size > 0) {
                set(index, time, sequence, lastType);
            }
            return type;
        }

        private static boolean before(long timeA, long seqA, long timeB, long seqB) {
            return timeA != timeB ? timeA < timeB : seqA < seqB;
        }

        private void move(int from, int to) {
            times[to] = times[from];
            sequences[to] = sequences[from];
            types[to] = types[from];
        }

        private void set(int index, long time, long sequence, int type) {
            times[index] = time;
            sequences[index] = sequence;
            types[index] = type;
        }
    }
}
