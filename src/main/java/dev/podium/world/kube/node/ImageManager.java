package dev.podium.world.kube.node;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.event.ImagePullFailed;
import dev.podium.world.kube.event.ImagePullStarted;
import dev.podium.world.kube.event.ImagePulled;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A node's images: each image is pulled once per node (later pods find it present), pulls are serialised
 * ({@code serializeImagePulls: true}, the kubelet default), and a pull takes mean × U[0.5, 1.5) from the node's
 * random stream. An image whose tag is {@code :missing} fails after a short attempt (1 s) and is retried after the
 * image back-off, 10 s doubling to 300 s (ErrImagePull, then ImagePullBackOff). Kernel thread only.
 */
final class ImageManager {
    private static final long SECOND = 1_000_000_000L;

    /** Schedules work that is dropped if the kubelet fails. */
    interface Later {
        EventHandle after(long delayNanos, Runnable action);
    }

    private final Kernel kernel;
    private final EventSink sink;
    private final String node;
    private final RandomStream random;
    private final long meanPullNanos;
    private final Later later;
    private final HashSet<String> present = new HashSet<>();
    private final HashMap<String, List<Runnable>> waiters = new HashMap<>();
    private final HashMap<String, List<BiConsumer<Boolean, Long>>> failureWaiters = new HashMap<>();
    private final HashMap<String, Long> backoff = new HashMap<>();
    private final ArrayDeque<String[]> queue = new ArrayDeque<>();
    private boolean pulling;

    ImageManager(Kernel kernel, EventSink sink, String node, RandomStream random, long meanPullNanos,
            Later later) {
        this.kernel = kernel;
        this.sink = sink;
        this.node = node;
        this.random = random;
        this.meanPullNanos = meanPullNanos;
        this.later = later;
    }

    /**
     * Runs {@code ready} once the image is present; {@code onFailure(errImagePull, retryInNanos)} hears each failed
     * attempt (true) and the start of the back-off wait (false).
     */
    void ensure(String image, String pod, Runnable ready, BiConsumer<Boolean, Long> onFailure) {
        if (present.contains(image)) {
            ready.run();
            return;
        }
        List<Runnable> list = waiters.get(image);
        if (list != null) {
            list.add(ready);
            failureWaiters.get(image).add(onFailure);
            return;
        }
        list = new ArrayList<>();
        list.add(ready);
        waiters.put(image, list);
        List<BiConsumer<Boolean, Long>> f = new ArrayList<>();
        f.add(onFailure);
        failureWaiters.put(image, f);
        queue.addLast(new String[] {image, pod});
        pump();
    }

    private void pump() {
        if (pulling || queue.isEmpty()) {
            return;
        }
        String[] next = queue.pollFirst();
        String image = next[0];
        pulling = true;
        sink.emit(new ImagePullStarted(kernel.now(), node, next[1], image));
        boolean fails = image.endsWith(":missing");
        long duration = fails ? SECOND : (long) (meanPullNanos * (0.5 + random.nextDouble()));
        later.after(duration, () -> {
            pulling = false;
            if (fails) {
                long wait = backoff.getOrDefault(image, 0L) == 0 ? 10 * SECOND
                        : Math.min(300 * SECOND, backoff.get(image) * 2);
                backoff.put(image, wait);
                sink.emit(new ImagePullFailed(kernel.now(), node, next[1], image, wait));
                List<BiConsumer<Boolean, Long>> f = failureWaiters.get(image);
                for (BiConsumer<Boolean, Long> c : f) {
                    c.accept(true, wait);
                }
                later.after(SECOND, () -> {
                    for (BiConsumer<Boolean, Long> c : failureWaiters.getOrDefault(image, List.of())) {
                        c.accept(false, wait - SECOND);
                    }
                });
                later.after(wait, () -> {
                    queue.addLast(next);
                    pump();
                });
            } else {
                present.add(image);
                sink.emit(new ImagePulled(kernel.now(), node, next[1], image, duration));
                failureWaiters.remove(image);
                for (Runnable r : waiters.remove(image)) {
                    r.run();
                }
            }
            pump();
        });
    }

    /** After a kubelet restart: forget pulls in flight (their callbacks were dropped); images stay present. */
    void reset() {
        pulling = false;
        queue.clear();
        waiters.clear();
        failureWaiters.clear();
    }
}
