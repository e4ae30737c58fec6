package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ListMetaBuilder;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The mock API server in expectation mode, scripted by path: each resource path (the part before '?') has a queue
 * of answers for LIST and one for WATCH, consumed in order, the last one repeating. Unscripted paths list empty and
 * watch quietly. Public for the benchmarks. Matching ignores the query because fabric8 8 puts a random timeoutSeconds on every watch, which the
 * stock expectation DSL (exact path and query) cannot match. Records every request with its arrival time.
 */
public final class ScriptedApi extends Dispatcher {

    /** A request and when it arrived (System.nanoTime). */
    record Seen(String path, boolean watch, long atNanos) {
    }

    public static final KubernetesSerialization JSON = new KubernetesSerialization();

    private final Map<String, List<Function<RecordedRequest, MockResponse>>> lists = new LinkedHashMap<>();
    private final Map<String, List<Function<RecordedRequest, MockResponse>>> watches = new LinkedHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    /** The next LIST of {@code path} answers with {@code answer}. */
    public synchronized ScriptedApi onList(String path, Function<RecordedRequest, MockResponse> answer) {
        lists.computeIfAbsent(path, p -> new ArrayList<>()).add(answer);
        return this;
    }

    /** The next WATCH of {@code path} answers with {@code answer}. */
    public synchronized ScriptedApi onWatch(String path, Function<RecordedRequest, MockResponse> answer) {
        watches.computeIfAbsent(path, p -> new ArrayList<>()).add(answer);
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String full = request.getPath();
        int q = full.indexOf('?');
        String path = q < 0 ? full : full.substring(0, q);
        boolean watch = full.contains("watch=true");
        seen.add(new Seen(path, watch, System.nanoTime()));
        Function<RecordedRequest, MockResponse> answer = next(watch ? watches : lists, path);
        if (answer != null) {
            return answer.apply(request);
        }
        return watch ? quietWatch() : list(List.of(), "1");
    }

    private synchronized Function<RecordedRequest, MockResponse> next(
            Map<String, List<Function<RecordedRequest, MockResponse>>> script, String path) {
        List<Function<RecordedRequest, MockResponse>> queue = script.get(path);
        if (queue == null || queue.isEmpty()) {
            return null;
        }
        return queue.size() > 1 ? queue.remove(0) : queue.get(0);
    }

    /** Requests to {@code path} so far, LIST or WATCH. */
    List<Seen> requests(String path, boolean watch) {
        return seen.stream().filter(s -> s.path().equals(path) && s.watch() == watch).toList();
    }

    /** A list answer holding {@code items} at {@code resourceVersion}. */
    public static MockResponse list(List<? extends HasMetadata> items, String resourceVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiVersion", "v1");
        body.put("kind", "List");
        body.put("metadata", new ListMetaBuilder().withResourceVersion(resourceVersion).build());
        body.put("items", items);
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody(JSON.asJson(body));
    }

    /** An error answer with a Kubernetes Status body. */
    static MockResponse status(int code, String reason, String message) {
        Status status = new StatusBuilder().withStatus("Failure").withCode(code).withReason(reason)
                .withMessage(message).build();
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody(JSON.asJson(status));
    }

    /** A watch that stays open and sends nothing. */
    static MockResponse quietWatch() {
        return watch(List.of(), false);
    }

    /** A watch that sends {@code events} (each a watch event JSON) and then, if {@code close}, closes. */
    static MockResponse watch(List<String> events, boolean close) {
        return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket ws, io.fabric8.mockwebserver.http.Response response) {
                events.forEach(ws::send);
                if (close) {
                    ws.close(1000, "closed by the server");
                }
            }
        });
    }

    /** One watch event line. */
    public static String event(String type, Object object) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("object", object);
        return JSON.asJson(body);
    }

    /** The watch event that expires a watch: ERROR with a 410 Gone status. */
    static String gone() {
        return event("ERROR", new StatusBuilder().withStatus("Failure").withCode(410).withReason("Expired")
                .withMessage("too old resource version").build());
    }
}
