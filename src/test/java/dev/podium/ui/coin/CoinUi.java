package dev.podium.ui.coin;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;
import dev.podium.ui.world.Inspection;
import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;
import dev.podium.world.coin.CoinFlipped;
import dev.podium.world.coin.CoinProjection;
import dev.podium.world.coin.CoinState;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The throwaway coin world's UI side: a label with the counts, a narrator, and one Actions item. */
public final class CoinUi implements WorldUi {
    @Override
    public String world() {
        return "coin";
    }

    @Override
    public WorldView newView() {
        return new WorldView() {
            private final Label label = new Label();
            private ProjectedState<CoinState> state;

            @Override
            public Node node() {
                label.setId("coin-count");
                label.getStyleClass().add("coin-count");
                return label;
            }

            @Override
            public void bind(Timeline timeline) {
                state = new ProjectedState<>(timeline, new CoinProjection());
            }

            @Override
            public void render(long playheadNanos) {
                CoinState s = state.at(playheadNanos);
                label.setText(s.heads() + " heads, " + s.tails() + " tails");
            }

            @Override
            public Inspection pick(double x, double y) {
                return new Inspection("coin", List.of(Map.entry("heads", label.getText())));
            }
        };
    }

    @Override
    public Narrator narrator() {
        return (event, locale) -> event instanceof CoinFlipped flip ? (flip.heads() ? "Heads." : "Tails.") : null;
    }

    @Override
    public String bundle() {
        return "dev.podium.ui.coin.actions";
    }

    @Override
    public String stylesheet() {
        return "/dev/podium/ui/coin/coin.css";
    }

    @Override
    public List<MenuAction> actions() {
        return List.of(MenuAction.asking("setBias", "headsPercent"));
    }
}
