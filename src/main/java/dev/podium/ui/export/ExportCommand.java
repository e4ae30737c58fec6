package dev.podium.ui.export;

import dev.podium.cli.ScenarioArgument;
import dev.podium.export.ClipExport;
import dev.podium.export.ClipPlan;
import dev.podium.export.ExportException;
import dev.podium.export.ExportFormat;
import dev.podium.export.ExportProgress;
import dev.podium.scenario.Durations;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.ui.common.Theme;
import dev.podium.ui.playback.Playback;
import dev.podium.ui.playback.SimulationPlayback;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code podium export LESSON --from 40s --to 1m30s --speed 10 --out clip.mp4}: the lesson's stage as a video, an
 * animated GIF or (at one time) a PNG, drawn with no display (JavaFX on Monocle's headless platform). The format
 * follows the file's extension unless {@code --png}, {@code --gif} or {@code --mp4} says. Exit codes as for every
 * command: 0 done, 1 a lesson with problems or a file that cannot be written, 2 a command line not understood.
 */
@Command(name = "export", description = {"Draws a lesson's stage into an MP4 video, an animated GIF or a PNG picture, "
        + "without a display.", "Example: podium export rolling-update --from 40s --to 1m30s --speed 10 --out "
        + "clip.mp4"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LESSON", description = "a scenario file, or a built-in lesson's name")
    private String lesson;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (.mp4, .gif, .png)")
    private Path out;

    @Option(names = "--from", paramLabel = "TIME", description = "start of the range, simulated (default 0s)")
    private String from = "0s";

    @Option(names = "--to", paramLabel = "TIME", description = "end of the range (default: the end of the lesson)")
    private String to;

    @Option(names = "--at", paramLabel = "TIME", description = "the time of a PNG picture (default: --from)")
    private String at;

    @Option(names = "--speed", paramLabel = "X", description = "simulated seconds per second of video (default 1)")
    private double speed = 1;

    @Option(names = "--fps", paramLabel = "N", description = "frames per second, 1 to 60 (default: MP4 30, GIF 15)")
    private Integer fps;

    @Option(names = "--scale", paramLabel = "S", description = "picture scale, 1 to 4 (2: twice as wide and tall)")
    private double scale = 1;

    @Option(names = "--size", paramLabel = "WxH", description = "the stage's size before scaling (default 1280x720)")
    private String size = "1280x720";

    @Option(names = "--captions", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "the lesson's narration as captions along the bottom (default on; --no-captions)")
    private boolean captions;

    @Option(names = "--theme", paramLabel = "light|dark|contrast", description = "colours (default light)")
    private String theme = "light";

    @Option(names = "--lang", paramLabel = "en|zh-CN", description = "language of labels and captions (default en)")
    private String lang = "en";

    @CommandLine.ArgGroup(exclusive = true)
    private Forced forced;

    static final class Forced {
        @Option(names = "--png", description = "write a PNG picture at --at (or --from)")
        boolean png;
        @Option(names = "--gif", description = "write an animated GIF")
        boolean gif;
        @Option(names = "--mp4", description = "write an MP4 video (H.264)")
        boolean mp4;
    }

    @Override
    public Integer call() throws Exception {
        ExportRequest request = request();
        ScenarioRun run;
        try {
            run = ScenarioRun.start(ScenarioArgument.load(lesson));
        } catch (ScenarioException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return 1;
        }
        long end = run.durationNanos();
        long fromNanos = request.format().isClip() ? request.fromNanos() : request.atNanos();
        long toNanos = request.toNanos() < 0 ? end : request.toNanos();
        if (fromNanos > end || toNanos > end) {
            throw usage("the lesson ends at " + Durations.format(end) + "; "
                    + (fromNanos > end ? "the start " + Durations.format(fromNanos) : "--to " + Durations.format(toNanos))
                    + " is past its end");
        }
        ClipPlan plan;
        try {
            plan = new ClipPlan(fromNanos, Math.max(fromNanos, toNanos), speed, request.fps());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return export(new SimulationPlayback(run), request, plan);
    }

    private int export(Playback playback, ExportRequest request, ClipPlan plan) throws InterruptedException {
        HeadlessFx.start();
        Locale.setDefault(Locale.Category.DISPLAY, Locale.forLanguageTag(lang));
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        ClipExport.Result result;
        try {
            StageRenderer renderer = FxThread.call(() -> new StageRenderer(playback, request.width(),
                    request.height(), scale, request.theme(), captions ? lang : null));
            StageFrames frames = new StageFrames(renderer);
            if (request.format().isClip()) {
                int[] reported = {0};
                ExportProgress progress = (done, total) -> {
                    int tenth = done * 10 / total;
                    if (tenth > reported[0]) {
                        reported[0] = tenth;
                        err.println("  " + done + "/" + total + " frames");
                    }
                };
                result = ClipExport.write(request.format(), plan, frames, out, progress, () -> false);
            } else {
                result = ClipExport.writePicture(frames, plan.fromNanos(), out);
            }
        } catch (ExportException e) {
            err.println("podium export: " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "wrote %s: %s, %d frame%s of %dx%d%s in %.1f s",
                out, request.format(), result.frames(), result.frames() == 1 ? "" : "s", result.width(),
                result.height(), request.format().isClip() ? String.format(Locale.ROOT,
                        ", %s to %s at %sx, %.1f s of video", Durations.format(plan.fromNanos()),
                        Durations.format(plan.toNanos()), trim(speed), plan.wallSeconds()) : " at "
                        + Durations.format(plan.fromNanos()), seconds));
        return 0;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The options checked and converted; a problem is a usage error naming the option. */
    private ExportRequest request() {
        ExportFormat format = forced == null ? ExportFormat.ofFile(out)
                : forced.png ? ExportFormat.PNG : forced.gif ? ExportFormat.GIF : ExportFormat.MP4;
        if (format == null) {
            throw usage("--out " + out + ": name a .mp4, .gif or .png file, or say --mp4, --gif or --png");
        }
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(wh[0].strip());
            height = Integer.parseInt(wh.length == 2 ? wh[1].strip() : "");
        } catch (NumberFormatException e) {
            throw usage("--size " + size + ": expected width x height in pixels, for example 1280x720");
        }
        if (width < 16 || height < 16 || width > 7680 || height > 4320) {
            throw usage("--size " + size + ": each side from 16 to 7680x4320 pixels");
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw usage("--scale " + scale + ": from 1 to 4");
        }
        Theme.Kind kind = switch (theme.toLowerCase(Locale.ROOT)) {
            case "light" -> Theme.Kind.LIGHT;
            case "dark" -> Theme.Kind.DARK;
            case "contrast" -> Theme.Kind.HIGH_CONTRAST;
            default -> throw usage("--theme " + theme + ": light, dark or contrast");
        };
        if (!lang.equals("en") && !lang.equals("zh-CN")) {
            throw usage("--lang " + lang + ": en or zh-CN");
        }
        long fromNanos = duration("--from", from);
        long atNanos = at == null ? fromNanos : duration("--at", at);
        long toNanos = to == null ? -1 : duration("--to", to);
        return new ExportRequest(format, fromNanos, toNanos, atNanos, fps == null ? format.defaultFps() : fps, width,
                height, kind);
    }

    private long duration(String option, String text) {
        try {
            return Durations.parseNanos(text);
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The command line, converted. {@code toNanos} -1: the end of the lesson. */
    private record ExportRequest(ExportFormat format, long fromNanos, long toNanos, long atNanos, int fps, int width,
                                 int height, Theme.Kind theme) {
    }
}
