package dev.podium.ui.kube.traffic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the traffic tab puts things, by arithmetic on the pane's size: the client at the left, the ingress box, one
 * box per Service, and the endpoint pods of each Service in a column at the right, a row each. The ingress box is as
 * tall as its rules or the column of Services, whichever is taller (not the whole pane), and the client faces its
 * middle. Pure (no JavaFX), so picks and packet paths are testable.
 */
final class TrafficLayout {
    record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    final Box client;
    final Box ingress;
    final Map<String, Box> services = new LinkedHashMap<>();
    final Map<String, Box> pods = new LinkedHashMap<>();
    final double rowHeight;
    /** Height of a Service box: name, type, endpoints, rate, errors, latency. */
    static final double SERVICE_H = 122;

    /** The ingress box's width for a pane {@code w} wide (its text is wrapped to it before the layout is made). */
    static double ingressWidth(double w) {
        return Math.max(130, w * 0.19);
    }

    /**
     * {@code endpoints}: each Service's endpoint pods in order (a pod of two Services is drawn under the first);
     * {@code ingressTextH}: the height the ingress box's title and rules need.
     */
    TrafficLayout(double w, double h, Map<String, List<String>> endpoints, double ingressTextH) {
        double margin = 14;
        double clientW = Math.max(96, w * 0.12);
        double ingressW = ingressWidth(w);
        double serviceW = Math.max(150, w * 0.21);
        double ingressX = margin + clientW + margin * 2;
        double serviceX = ingressX + ingressW + margin * 2;
        double podsX = serviceX + serviceW + margin * 3;
        double podW = Math.max(60, w - podsX - margin);
        int n = Math.max(1, endpoints.size());
        int totalPods = 0;
        for (List<String> e : endpoints.values()) {
            totalPods += Math.max(1, e.size());
        }
        rowHeight = Math.max(16, Math.min(48, (h - 2 * margin - (n - 1) * margin) / Math.max(1, totalPods)));
        double y = margin;
        for (Map.Entry<String, List<String>> e : endpoints.entrySet()) {
            int rows = Math.max(1, e.getValue().size());
            double blockH = Math.max(rows * rowHeight, SERVICE_H);
            services.put(e.getKey(), new Box(serviceX, y, serviceW, SERVICE_H));
            double py = y;
            for (String pod : e.getValue()) {
                pods.putIfAbsent(pod, new Box(podsX, py, podW, rowHeight - 3));
                py += rowHeight;
            }
            y += blockH + margin;
        }
        double servicesBottom = services.isEmpty() ? margin + SERVICE_H : y - margin;
        double ingressH = Math.min(Math.max(ingressTextH, servicesBottom - margin), Math.max(80, h - 2 * margin));
        ingress = new Box(ingressX, margin, ingressW, ingressH);
        client = new Box(margin, ingress.cy() - 40, clientW, 80);
    }

    /** The Service whose box holds the point, or null. */
    String serviceAt(double x, double y) {
        for (Map.Entry<String, Box> e : services.entrySet()) {
            if (e.getValue().contains(x, y)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The pod whose row holds the point, or null. */
    String podAt(double x, double y) {
        for (Map.Entry<String, Box> e : pods.entrySet()) {
            if (e.getValue().contains(x, y)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * The waypoints of a request, along the drawn links: client, into the ingress at the client's height, out of it
     * at the Service's, through the Service box and on to the pod (as far as it got: a request no rule matches ends
     * at the ingress's edge). The boxes are drawn over the dots, so a request inside a box is hidden, as routed.
     */
    List<double[]> path(String service, String pod) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {client.x() + client.w(), client.cy()});
        points.add(new double[] {ingress.x(), client.cy()});
        Box s = services.get(service);
        if (s != null) {
            points.add(new double[] {ingress.x() + ingress.w(), s.cy()});
            points.add(new double[] {s.x(), s.cy()});
            points.add(new double[] {s.x() + s.w(), s.cy()});
            Box p = pods.get(pod);
            if (p != null) {
                points.add(new double[] {p.x(), p.cy()});
            }
        }
        return points;
    }
}
