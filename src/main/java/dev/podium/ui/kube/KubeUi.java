package dev.podium.ui.kube;

import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;
import java.util.List;

/**
 * The Kubernetes world's UI descriptor: the cluster and reconcile view, its narrator, and the faults and changes
 * a teacher injects from the Actions menu (the verbs of docs/scenario-format.md). Registered in
 * {@code META-INF/services/dev.podium.ui.world.WorldUi}.
 */
public final class KubeUi implements WorldUi {
    @Override
    public String world() {
        return "kube";
    }

    @Override
    public WorldView newView() {
        return new KubeView();
    }

    @Override
    public Narrator narrator() {
        return new KubeNarrator();
    }

    @Override
    public String bundle() {
        return "dev.podium.ui.kube.actions";
    }

    @Override
    public List<MenuAction> actions() {
        return List.of(
                MenuAction.asking("deletePod"),
                MenuAction.asking("crashContainer"),
                MenuAction.asking("failNode"),
                MenuAction.asking("recoverNode"),
                MenuAction.asking("cordon"),
                MenuAction.asking("drain"),
                MenuAction.asking("scale", "replicas"),
                MenuAction.asking("setImage", "image"),
                MenuAction.asking("setLoad", "totalCpu"),
                MenuAction.asking("setTrafficRate", "rate"),
                MenuAction.asking("setClientWorkers", "workers"),
                MenuAction.asking("killLeader"));
    }
}
