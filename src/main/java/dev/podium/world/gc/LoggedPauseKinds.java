package dev.podium.world.gc;

/**
 * How a pause read from a real log is shown among the simulated ones: its {@link PauseKind} (for its colour, by
 * family) and {@link GcCause}, from the names the logs use. G1's names map one to one; Parallel's and Serial's young
 * and full pauses to young and full; Shenandoah's degenerated GC to full; the short pauses of concurrent collectors
 * (ZGC's Mark Start/Mark End/Relocate Start, Shenandoah's Init/Final Mark and Update Refs, Go's sweep and mark
 * termination) to the concurrent cycle's family (remark for those that end marking, cleanup for the others). The
 * logged name and cause text stay in the {@link LoggedPause} for views that show them.
 */
final class LoggedPauseKinds {
    private LoggedPauseKinds() {
    }

    static PauseKind kind(String name) {
        if (name.contains("Full") || name.contains("Degenerated")) {
            return PauseKind.FULL;
        }
        if (name.contains("Prepare Mixed")) {
            return PauseKind.PREPARE_MIXED;
        }
        if (name.contains("(Mixed)") || name.startsWith("Pause Mixed")) {
            return PauseKind.MIXED;
        }
        if (name.contains("Concurrent Start") || name.contains("Initial Mark")) {
            return PauseKind.CONCURRENT_START;
        }
        if (name.contains("Remark") || name.contains("Final Mark") || name.contains("Mark End")
                || name.contains("mark termination")) {
            return PauseKind.REMARK;
        }
        if (name.contains("Cleanup") || name.contains("Update Refs") || name.contains("Relocate Start")
                || name.contains("Init Mark") || name.contains("Mark Start") || name.contains("sweep termination")
                || name.contains("Final Roots")) {
            return PauseKind.CLEANUP;
        }
        return PauseKind.YOUNG;
    }

    static GcCause cause(String cause) {
        for (GcCause c : GcCause.values()) {
            if (c != GcCause.NONE && c.logText().equals(cause)) {
                return c;
            }
        }
        return GcCause.NONE;
    }
}
