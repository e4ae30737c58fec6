package dev.podium.world.kube.flow;

import dev.podium.engine.Kernel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * API Priority and Fairness in the simulated API server. Each request names its priority level and its flow (the
 * FlowSchema's ByUser distinguisher: the client's name). A level has {@code seats} (its share of the server's total
 * concurrency); a request holds one seat for its service time. With no free seat the request waits in one of the
 * level's queues: shuffle sharding deals each flow a fixed hand of {@code handSize} queues (from a stable hash of the
 * flow) and the request joins the shortest; if that queue already holds {@code queueLengthLimit} requests it is
 * rejected with 429 and the level's {@link RetryAfter}. A freed seat goes to the next non-empty queue in round-robin
 * order. Simplified from the real server: round robin instead of virtual-time fair queuing (equal for requests of
 * equal cost), every request one seat wide (no LIST width), no queue-wait timeout, no borrowing between levels.
 *
 * <p>Kernel thread only. Deterministic: hands come from a hash of the names, not from hash-map order.
 */
final class ApfServer {
    /** The answer to a request: 200, or 429 with Retry-After in seconds. */
    interface Answer {
        void answered(int status, long retryAfterSeconds);
    }

    private record Pending(long serviceNanos, Answer answer) {
    }

    /** One priority level's live state. */
    static final class Level {
        final PriorityLevel config;
        final int seats;
        final List<ArrayDeque<Pending>> queues = new ArrayList<>();
        final RetryAfter retryAfter = new RetryAfter();
        final Map<String, int[]> hands = new HashMap<>();
        int inUse;
        int queued;
        int next;
        long rejected;

        Level(PriorityLevel config, int seats) {
            this.config = config;
            this.seats = seats;
            for (int i = 0; i < config.queues(); i++) {
                queues.add(new ArrayDeque<>());
            }
        }

        int queuesInUse() {
            int n = 0;
            for (ArrayDeque<Pending> q : queues) {
                n += q.isEmpty() ? 0 : 1;
            }
            return n;
        }
    }

    private final Kernel kernel;
    private final int queueLengthLimit;
    private final Map<String, Level> levels = new LinkedHashMap<>();

    ApfServer(Kernel kernel, int totalSeats, int queueLengthLimit) {
        this.kernel = kernel;
        this.queueLengthLimit = queueLengthLimit;
        for (PriorityLevel l : PriorityLevel.SUGGESTED) {
            levels.put(l.name(), new Level(l, l.seats(totalSeats)));
        }
    }

    /** The level called {@code name} (one of {@link PriorityLevel#SUGGESTED}). */
    Level level(String name) {
        Level l = levels.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no priority level " + name);
        }
        return l;
    }

    /** A request of {@code flow} in {@code levelName} that needs a seat for {@code serviceNanos}. */
    void submit(String levelName, String flow, long serviceNanos, Answer answer) {
        Level l = level(levelName);
        Pending p = new Pending(serviceNanos, answer);
        if (l.inUse < l.seats && l.queued == 0) {
            execute(l, p);
            return;
        }
        if (l.queues.isEmpty()) {
            reject(l, answer);
            return;
        }
        ArrayDeque<Pending> shortest = null;
        for (int q : hand(l, flow)) {
            ArrayDeque<Pending> queue = l.queues.get(q);
            if (shortest == null || queue.size() < shortest.size()) {
                shortest = queue;
            }
        }
        if (shortest.size() >= queueLengthLimit) {
            reject(l, answer);
            return;
        }
        shortest.addLast(p);
        l.queued++;
    }

    private void execute(Level l, Pending p) {
        l.inUse++;
        kernel.schedule(p.serviceNanos(), () -> {
            l.inUse--;
            dispatch(l);
            p.answer().answered(200, 0);
        });
    }

    private void dispatch(Level l) {
        while (l.inUse < l.seats && l.queued > 0) {
            for (int i = 0; i < l.queues.size(); i++) {
                ArrayDeque<Pending> q = l.queues.get((l.next + i) % l.queues.size());
                if (!q.isEmpty()) {
                    l.next = (l.next + i + 1) % l.queues.size();
                    l.queued--;
                    execute(l, q.pollFirst());
                    break;
                }
            }
        }
    }

    private void reject(Level l, Answer answer) {
        l.retryAfter.dropped(kernel.now() / FlowParams.SECOND);
        l.rejected++;
        answer.answered(429, l.retryAfter.seconds());
    }

    /** The flow's hand: {@code handSize} distinct queues dealt from a stable hash of level and flow. */
    private static int[] hand(Level l, String flow) {
        return l.hands.computeIfAbsent(flow, f -> {
            SplittableRandom deal = new SplittableRandom(fnv(l.config.name() + "/" + f));
            int size = Math.min(l.config.handSize(), l.queues.size());
            int[] cards = new int[size];
            List<Integer> deck = new ArrayList<>();
            for (int i = 0; i < l.queues.size(); i++) {
                deck.add(i);
            }
            for (int i = 0; i < size; i++) {
                cards[i] = deck.remove(deal.nextInt(deck.size()));
            }
            return cards;
        });
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
