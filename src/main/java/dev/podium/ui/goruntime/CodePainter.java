package dev.podium.ui.goruntime;

import dev.podium.ui.common.ViewText;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.state.GoState;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The program beside the scheduler, like a debugger: its source with line numbers, the line of the goroutine the
 * latest event concerns highlighted and kept in view, and goroutine badges at the right end of every line where
 * goroutines are (coloured by state, a count when more than fit; the code takes the room left of them); below it,
 * the program's output as a console (stderr in the error colour), its last lines. A line wider than the panel wraps
 * onto further rows ({@link SoftWrap}) rather than being cut, so a narrow panel (1280×720 beside the gallery and
 * the narration) still shows whole lines in the font's own size. FX thread only.
 */
final class CodePainter {
    static final double CONSOLE_SHARE = 0.28;
    private static final double BADGE_W = 50;
    /** Below this width the panel shows one badge a line and halves the indentation. */
    private static final double NARROW = 400;
    private static final int BADGES = 3;

    private final Ink ink;
    private final dev.podium.ui.common.CanvasFonts mono = new dev.podium.ui.common.CanvasFonts();
    private List<String> lines = List.of();
    private List<String> consoleShown = List.of();
    private int top;
    /** Per line: goroutines there, and up to BADGES of them (reused across frames). */
    private int[] count = new int[0];
    private long[][] first = new long[0][];

    CodePainter(Ink ink) {
        this.ink = ink;
        mono.family("Monospaced");
    }

    void source(List<String> source) {
        lines = source;
        top = 0;
        count = new int[source.size() + 2];
        first = new long[source.size() + 2][BADGES];
    }

    /** The line (1-based) drawn first, for tests. */
    int topLine() {
        return top + 1;
    }

    /** The console's lines after the last paint, for tests. */
    List<String> consoleLines() {
        return consoleShown;
    }

    /** How many goroutines the gutter puts on {@code line} (after the last paint). */
    int goroutinesOn(int line) {
        return line > 0 && line < count.length ? count[line] : 0;
    }

    void paint(GraphicsContext g, double w, double h, GoState s, long focusG, int focusLine, GoPalette p,
            ViewText text, List<Hit> hits) {
        double consoleH = Math.max(90, h * CONSOLE_SHARE);
        double codeH = h - consoleH - 8;
        g.setFill(p.panel);
        g.fillRect(0, 0, w, h);
        Font title = ink.fonts.bold(Ink.TITLE);
        String name = s.fileName();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        ink.text(g, slash >= 0 ? name.substring(slash + 1) : name, 12, 16, w - 24, title, p.text());
        if (lines.isEmpty()) {
            ink.text(g, text.get("source.none"), 12, 44, w - 24, ink.fonts.regular(Ink.BODY), p.textMuted());
        } else {
            code(g, w, codeH, s, focusG, focusLine, p, hits);
        }
        console(g, 0, h - consoleH, w, consoleH, s, p, text);
    }

    private void code(GraphicsContext g, double w, double h, GoState s, long focusG, int focusLine, GoPalette p,
            List<Hit> hits) {
        gather(s, focusG, focusLine);
        double lineH = 22;
        double y0 = 32;
        int visible = Math.max(1, (int) ((h - y0) / lineH));
        top = scrollTop(focusLine, visible, lines.size());
        Font code = mono.regular(Ink.BODY - 1);
        Font monoSmall = mono.regular(Ink.SMALL);
        Font countFont = ink.fonts.bold(Ink.SMALL);
        int badges = w < NARROW ? 1 : w < 560 ? 2 : BADGES;
        boolean halveIndent = w < NARROW;
        double numW = ink.width(String.valueOf(lines.size()), monoSmall) + 4; // as wide as the last line's number
        double codeX = 4 + numW + 6;
        double bottom = y0 + visible * lineH;
        // a line too long for the panel wraps onto rows of its own (never cut), so the followed line is brought
        // into view by moving the top down while it would fall below the panel
        while (top < focusLine - 1 && rowsTo(focusLine, w, codeX, code, badges, halveIndent) > visible) {
            top++;
        }
        double y = y0;
        for (int line = top + 1; line <= lines.size() && y + lineH <= bottom + 0.5; line++) {
            int n = line < count.length ? count[line] : 0;
            int shown = Math.min(n, badges);
            String more = n > shown ? String.format(java.util.Locale.ROOT, "+%,d", n - shown) : null;
            double moreW = more == null ? 0 : ink.width(more, countFont) + 6;
            double blockX = w - 6 - moreW - shown * (BADGE_W + 3);
            double right = n > 0 ? blockX - 6 : w - 6;
            List<String> rows = rows(line, codeX, code, right, w - 6, halveIndent);
            if (line == focusLine) {
                g.setFill(p.current);
                g.fillRect(0, y, w, lineH * rows.size());
            }
            ink.text(g, String.valueOf(line), 4, y + lineH / 2, numW, monoSmall, p.textMuted());
            for (int r = 0; r < rows.size() && y + (r + 1) * lineH <= bottom + 0.5; r++) {
                ink.content(g, rows.get(r), codeX, y + r * lineH + lineH / 2, (r == 0 ? right : w - 6) - codeX, code,
                        p.text());
            }
            // the goroutines here as badges at the line's right end; the code takes the room left of them
            for (int b = 0; b < shown; b++) {
                long gid = first[line][b];
                Color c = p.status(s.status(gid));
                double bx = blockX + b * (BADGE_W + 3);
                ink.chip(g, bx, y + 2, BADGE_W, lineH - 4, c, "G" + gid, p.onFill(c));
                StateGlyph.of(s.status(gid), s.waitReason(gid)).badge(g, bx, y + 2, BADGE_W, lineH - 4, p.stageBg(),
                        p.text());
                if (gid == focusG) {
                    g.setStroke(p.highlight);
                    g.setLineWidth(2.5);
                    g.strokeRoundRect(bx - 1, y + 1, BADGE_W + 2, lineH - 2, 8, 8);
                }
                hits.add(new Hit(Hit.Kind.GOROUTINE, gid, bx, y + 2, BADGE_W, lineH - 4));
            }
            if (more != null) {
                ink.text(g, more, w - 6 - moreW + 3, y + lineH / 2, moreW, countFont, p.text());
            }
            y += lineH * rows.size();
        }
    }

    /**
     * Source line {@code line} (1-based) as the rows it takes, its first row ending at {@code right} (left of its
     * badges), the others at {@code end}.
     */
    private List<String> rows(int line, double codeX, Font font, double right, double end, boolean halveIndent) {
        String src = lines.get(line - 1).replace("\t", "    ");
        return SoftWrap.rows(halveIndent ? halveIndent(src) : src, right - codeX, end - codeX,
                t -> ink.width(t, font));
    }

    /** The rows lines top+1 to {@code last} take (a line with goroutines as if its badges took the most room). */
    private int rowsTo(int last, double w, double codeX, Font font, int badges, boolean halveIndent) {
        int rows = 0;
        for (int line = top + 1; line <= last && line <= lines.size(); line++) {
            int n = line < count.length ? count[line] : 0;
            double right = n > 0 ? w - 6 - badges * (BADGE_W + 3) - 60 : w - 6;
            rows += rows(line, codeX, font, right, w - 6, halveIndent).size();
        }
        return rows;
    }

    /**
     * The first line shown (0-based) for the followed line: a function of that line alone, so a seek back shows what
     * a fresh view shows. The source moves by half a page, and only when the followed line leaves the middle half,
     * so stepping through nearby lines does not scroll; with no line followed, the top of the file.
     */
    static int scrollTop(int focusLine, int visible, int lineCount) {
        if (focusLine <= 0 || lineCount <= visible) {
            return 0;
        }
        int stride = Math.max(1, visible / 2);
        int k = Math.max(0, Math.floorDiv(focusLine - 1 - visible / 4, stride));
        return Math.min(k * stride, lineCount - visible);
    }

    /** Leading indentation at half width (two spaces a level instead of four), for a narrow panel. */
    static String halveIndent(String line) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        return lead < 2 ? line : line.substring(lead - lead / 2);
    }

    /**
     * Counts the live goroutines on each line, and the first few there (the running ones first). The followed
     * goroutine is at the line of its latest event; the others at their line as of their last change of state.
     */
    private void gather(GoState s, long focusG, int focusLine) {
        java.util.Arrays.fill(count, 0);
        int max = s.maxGoid();
        for (long gid = 1; gid <= max; gid++) { // one pass: a running goroutine takes the badge of a waiting one
            GStatus st = s.status(gid);
            if (st == GStatus.DEAD) {
                continue;
            }
            int line = gid == focusG && focusLine > 0 ? focusLine : s.line(gid);
            if (line <= 0 || line >= count.length) {
                continue;
            }
            int c = count[line]++;
            if (c < BADGES) {
                first[line][c] = gid;
            } else if (st == GStatus.RUNNING) {
                for (int b = 0; b < BADGES; b++) {
                    if (s.status(first[line][b]) != GStatus.RUNNING) {
                        first[line][b] = gid;
                        break;
                    }
                }
            }
        }
    }

    private void console(GraphicsContext g, double x, double y, double w, double h, GoState s, GoPalette p,
            ViewText text) {
        g.setFill(p.slot);
        g.fillRect(x, y, w, h);
        g.setStroke(p.line);
        g.setLineWidth(1);
        g.strokeLine(x, y + 0.5, x + w, y + 0.5);
        ink.text(g, text.get("console.title"), x + 12, y + 14, w - 24, ink.fonts.bold(Ink.SMALL), p.textMuted());
        double lineH = 20;
        int room = Math.max(1, (int) ((h - 30) / lineH));
        List<String> shown = new ArrayList<>();
        List<Boolean> err = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentErr = false;
        for (int i = Math.max(0, s.outputCount() - 200); i < s.outputCount(); i++) { // the last writes, in order
            String t = s.outputText(i);
            boolean isErr = s.outputFd(i) == 2;
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (current.length() == 0) {
                    currentErr = isErr;
                }
                if (c == '\n') {
                    shown.add(current.toString());
                    err.add(currentErr);
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
        }
        if (current.length() > 0) {
            shown.add(current.toString());
            err.add(currentErr);
        }
        Font out = mono.regular(Ink.BODY - 1);
        List<String> rows = new ArrayList<>();
        List<Boolean> rowErr = new ArrayList<>();
        for (int i = Math.max(0, shown.size() - room); i < shown.size(); i++) { // a long line wraps, never cut
            for (String row : SoftWrap.rows(shown.get(i).replace("\t", "    "), w - 24, t -> ink.width(t, out))) {
                rows.add(row);
                rowErr.add(err.get(i));
            }
        }
        shown = rows;
        err = rowErr;
        int from = Math.max(0, shown.size() - room);
        shown = shown.subList(from, shown.size());
        consoleShown = List.copyOf(shown);
        err = err.subList(from, err.size());
        for (int i = 0; i < shown.size(); i++) {
            ink.content(g, shown.get(i), x + 12, y + 30 + i * lineH + lineH / 2, w - 24, out,
                    err.get(i) ? p.stderr : p.text());
        }
    }
}
