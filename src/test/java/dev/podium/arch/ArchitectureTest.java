package dev.podium.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The package table of ARCHITECTURE.md, enforced. Each rule says why, so a failure explains itself.
 */
@AnalyzeClasses(packages = "dev.podium", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

    @ArchTest
    static final ArchRule engineImportsNothingOfOurs = noClasses().that().resideInAPackage("dev.podium.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.podium.timeline..", "dev.podium.world..",
                    "dev.podium.scenario..", "dev.podium.live..", "dev.podium.ui..", "dev.podium.cli..")
            .because("the kernel is small and boring: time, an event list and random streams, usable by anything");

    @ArchTest
    static final ArchRule timelineImportsOnlyTheEngine = noClasses().that().resideInAPackage("dev.podium.timeline..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.podium.world..", "dev.podium.scenario..",
                    "dev.podium.live..", "dev.podium.ui..", "dev.podium.cli..")
            .because("the timeline is the one stream every source feeds; it must not know who feeds or reads it");

    @ArchTest
    static final ArchRule worldsImportOnlyEngineAndTimeline = noClasses().that().resideInAPackage("dev.podium.world..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.podium.scenario..", "dev.podium.live..",
                    "dev.podium.ui..", "dev.podium.cli..")
            .because("a world is its model, actors, events and projection, testable without files, clusters or JavaFX");

    @ArchTest
    static final ArchRule queueWorldDoesNotImportOtherWorlds = noClasses().that()
            .resideInAPackage("dev.podium.world.queue..").should().dependOnClassesThat()
            .resideInAnyPackage("dev.podium.world.kube..", "dev.podium.world.goruntime..", "dev.podium.world.gc..")
            .because("worlds do not import each other; a coupling goes through an input interface the scenario wires");

    @ArchTest
    static final ArchRule kubeWorldDoesNotImportOtherWorlds = noClasses().that()
            .resideInAPackage("dev.podium.world.kube..").should().dependOnClassesThat()
            .resideInAnyPackage("dev.podium.world.queue..", "dev.podium.world.goruntime..", "dev.podium.world.gc..")
            .because("worlds do not import each other; a coupling goes through an input interface the scenario wires")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule goWorldDoesNotImportOtherWorlds = noClasses().that()
            .resideInAPackage("dev.podium.world.goruntime..").should().dependOnClassesThat()
            .resideInAnyPackage("dev.podium.world.queue..", "dev.podium.world.kube..", "dev.podium.world.gc..")
            .because("worlds do not import each other; a coupling goes through an input interface the scenario wires")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule gcWorldDoesNotImportOtherWorlds = noClasses().that()
            .resideInAPackage("dev.podium.world.gc..").should().dependOnClassesThat()
            .resideInAnyPackage("dev.podium.world.queue..", "dev.podium.world.kube..", "dev.podium.world.goruntime..")
            .because("worlds do not import each other; a coupling goes through an input interface the scenario wires")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule scenarioDoesNotReachUp = noClasses().that().resideInAPackage("dev.podium.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.podium.live..", "dev.podium.ui..", "dev.podium.cli..")
            .because("scenarios are files and their validation; the CLI and the UI both use them");

    @ArchTest
    static final ArchRule liveImportsOnlyTimelineAndKube = noClasses().that().resideInAPackage("dev.podium.live..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.podium.world.queue..",
                    "dev.podium.world.goruntime..", "dev.podium.world.gc..", "dev.podium.scenario..",
                    "dev.podium.ui..", "dev.podium.cli..")
            .because("live mode turns informer callbacks into Kubernetes world events and nothing else")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule liveSubPackagesAreFreeOfCycles = slices().matching("dev.podium.live.(*)..")
            .should().beFreeOfCycles()
            .because("live mode is layered by concern (log, guard, kubeconfig, then connection and informer), so each "
                    + "part can be read and tested with only what is below it");

    @ArchTest
    static final ArchRule cliNeverTouchesTheUi = noClasses().that().resideInAPackage("dev.podium.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.podium.ui..")
            .because("headless commands must run with no display and never start JavaFX");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackages("dev.podium.ui..")
            .and().doNotHaveFullyQualifiedName("dev.podium.Main")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("everything below the UI is tested without a toolkit; not even javafx.beans leaks down");

    @ArchTest
    static final ArchRule exportImportsOnlyTheTimeline = noClasses().that().resideInAPackage("dev.podium.export..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.podium.world..", "dev.podium.scenario..",
                    "dev.podium.live..", "dev.podium.ui..", "dev.podium.cli..")
            .because("encoders and the frame plan work on plain ARGB frames and the timeline's cues; the UI draws the "
                    + "frames, so the encoders are tested without a toolkit");

    @ArchTest
    static final ArchRule jcodecOnlyInExport = noClasses().that().resideOutsideOfPackages("dev.podium.export..")
            .should().dependOnClassesThat().resideInAPackage("org.jcodec..")
            .because("one package owns the video encoder, so it can be replaced without touching the UI or the CLI");

    @ArchTest
    static final ArchRule onlyTheExportUiUsesTheCliPlugInContract = noClasses().that()
            .resideInAPackage("dev.podium.ui..").and().resideOutsideOfPackage("dev.podium.ui.export..")
            .should().dependOnClassesThat().resideInAPackage("dev.podium.cli..")
            .because("the UI does not run commands; only `podium export`, which draws the stage and so lives in "
                    + "ui.export, plugs into the CLI (CommandPlugin, found by ServiceLoader)");

    @ArchTest
    static final ArchRule fabric8OnlyInLive = noClasses().that().resideOutsideOfPackages("dev.podium.live..")
            .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
            .because("one package owns the cluster client, its threads and its credentials");

    /**
     * Shared code: the spine, the scenario format and plug-in contract, the CLI, and the UI shell with what worlds
     * implement. (The live packages and {@code ui.live} watch Kubernetes and may use its world.)
     */
    private static final Pattern SHARED = Pattern.compile("dev\\.podium|dev\\.podium\\.scenario|dev\\.podium\\.ui"
            + "|dev\\.podium\\.(engine|timeline|cli|export|ui\\.shell|ui\\.world|ui\\.playback|ui\\.common|ui\\.export)"
            + "(\\..*)?");
    /** A world's own packages: its model, its scenario side, its views. */
    private static final Pattern WORLD_OWN = Pattern.compile(
            "dev\\.podium\\.(world|scenario|ui)\\.(?!shell|world|playback|common|live|export)[a-z]+(\\..*)?");

    private static final DescribedPredicate<JavaClass> IN_SHARED_CODE = DescribedPredicate.describe("in shared code",
            c -> SHARED.matcher(c.getPackageName()).matches());
    private static final DescribedPredicate<JavaClass> IN_A_WORLDS_OWN_PACKAGE = DescribedPredicate.describe(
            "in a world's own package", c -> WORLD_OWN.matcher(c.getPackageName()).matches());

    @ArchTest
    static final ArchRule sharedCodeNeverNamesAWorld = noClasses().that(IN_SHARED_CODE)
            .should().dependOnClassesThat(IN_A_WORLDS_OWN_PACKAGE)
            .because("a world plugs in through its descriptors (World, WorldUi), found by ServiceLoader; adding a "
                    + "world must not mean editing the shell, the CLI or the scenario loader");

    @ArchTest
    static final ArchRule floorsAreFreeOfCycles = slices().matching("dev.podium.(*)..").should().beFreeOfCycles()
            .because("engine, timeline, worlds, scenario and live, then ui and cli: each floor builds on the ones "
                    + "below it and never imports one above");

    @ArchTest
    static final ArchRule uiPackagesAreFreeOfCycles = slices().matching("dev.podium.ui.(*)..").should()
            .beFreeOfCycles()
            .because("the shell and the world UIs both import ui.world and ui.common, and neither imports the other "
                    + "back; a UI package that imports one that imports it back cannot be moved or tested alone");

    @ArchTest
    static final ArchRule scenarioPackagesAreFreeOfCycles = slices().matching("dev.podium.scenario.(*)..").should()
            .beFreeOfCycles()
            .because("each world's scenario side builds on the plug-in contract, which never imports it back");

    @ArchTest
    static final ArchRule worldsAreFreeOfCyclesBetweenThem = slices().matching("dev.podium.world.(*)..").should()
            .beFreeOfCycles()
            .because("worlds do not import each other; a coupling goes through an input interface (WorldLinks)");
}
