package dev.podium.ui.live;

import dev.podium.live.informer.InformerState;
import dev.podium.live.informer.InformerStatus;
import dev.podium.live.informer.LiveStatus;
import dev.podium.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of the live status bar, from a {@link LiveStatus}: one line per informer ("Pods · watching · 1,203 ·
 * 2 s ago"), and notes for what the user must know (RBAC fell back to a namespace, events waiting). No nodes:
 * tested with plain JUnit.
 */
final class LiveHealthText {
    private final I18n i18n;

    LiveHealthText(I18n i18n) {
        this.i18n = i18n;
    }

    /** "Pods · watching · 1,203 · 2 s ago" (the age is left out before the first event). */
    String chip(InformerStatus s) {
        StringBuilder out = new StringBuilder();
        out.append(kind(s.kind())).append(" · ").append(state(s.state()));
        if (s.state() != InformerState.FORBIDDEN) {
            out.append(" · ").append(String.format(i18n.locale(), "%,d", s.items()));
        }
        if (s.lastEventAgeNanos() >= 0) {
            out.append(" · ").append(i18n.get("live.age", age(s.lastEventAgeNanos())));
        }
        return out.toString();
    }

    /** The tooltip of a chip: scope and, when not watching, why. */
    String detail(InformerStatus s) {
        String scope = s.scope().equals("all namespaces") ? i18n.get("live.allNamespaces")
                : s.scope().equals("cluster") ? i18n.get("live.clusterScope") : s.scope();
        return s.informer() + " — " + scope + (s.message().isEmpty() ? "" : "\n" + s.message());
    }

    /** Notes under the chips: forbidden cluster-wide lists and the namespace watched instead; a backlog. */
    List<String> notes(LiveStatus status) {
        List<String> out = new ArrayList<>();
        for (InformerStatus s : status.informers()) {
            if (s.state() == InformerState.FORBIDDEN) {
                String fallback = status.informers().stream()
                        .filter(o -> o.informer().equals(s.informer()) && o != s
                                && o.state() != InformerState.FORBIDDEN)
                        .map(InformerStatus::scope).findFirst().orElse(null);
                out.add(fallback == null ? i18n.get("live.forbidden", kind(s.kind()))
                        : i18n.get("live.forbidden.fallback", kind(s.kind()), fallback));
            }
        }
        if (status.backlog() > 0) {
            out.add(i18n.get("live.backlog", String.format(i18n.locale(), "%,d", status.backlog())));
        }
        return out;
    }

    String state(InformerState state) {
        return i18n.get("live.state." + state.name().toLowerCase(Locale.ROOT));
    }

    /** The kind's plural as the bar names it; a custom resource's kind (no bundle entry) as its CRD names it. */
    String kind(String kind) {
        String name = i18n.fromBundle(I18n.BUNDLE, "live.kind." + kind);
        return name != null ? name : kind;
    }

    /** Whole seconds under a minute, then minutes, then hours: how long ago, roughly. */
    static String age(long nanos) {
        long s = nanos / 1_000_000_000L;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min";
        }
        return (s / 3600) + " h";
    }
}
