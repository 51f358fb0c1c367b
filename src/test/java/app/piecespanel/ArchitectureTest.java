package app.piecespanel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of the whole project, so the parts stay usable on their own: the API client and the simulator without
 * JavaFX (the doctor and the headless simulator run with no toolkit), the pages independent of one another and of
 * the shell, and only the composition root ({@code ui.PanelApplication}) wiring them together.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.piecespanel");

    private static final String[] SECTIONS = {"..ui.account..", "..ui.permissions..", "..ui.device..",
        "..ui.updates..", "..ui.files..", "..ui.activity..", "..ui.settings.."};

    @Test
    void theClientKnowsNothingOfTheRest() {
        noClasses().that().resideInAPackage("app.piecespanel.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.piecespanel.ui..",
                        "app.piecespanel.simulator..", "app.piecespanel.doctor..", "app.piecespanel.settings..")
                .check(CLASSES);
    }

    @Test
    void theHeadlessPartsNeedNoJavaFx() {
        noClasses().that().resideInAnyPackage("app.piecespanel.simulator..", "app.piecespanel.doctor..",
                        "app.piecespanel.settings..")
                .and().doNotHaveSimpleName("NativeChooser")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.piecespanel.ui..")
                .because("--doctor, --simulator-only and the settings file work without a display (the simulator's"
                        + " NativeChooser shows JavaFX's file chooser only inside the panel, and is loaded only there)")
                .check(CLASSES);
    }

    @Test
    void theSimulatorIsNotUsedByTheClientOrThePages() {
        noClasses().that().resideInAnyPackage("app.piecespanel.api..", "app.piecespanel.ui.common..")
                .or().resideInAnyPackage(SECTIONS)
                .should().dependOnClassesThat().resideInAPackage("app.piecespanel.simulator..")
                .because("the pages work the same against a real PiecesOS; only the composition root starts the simulator")
                .check(CLASSES);
    }

    @Test
    void pagesDoNotReachIntoEachOtherOrTheShell() {
        for (String section : SECTIONS) {
            String[] others = java.util.Arrays.stream(SECTIONS).filter(s -> !s.equals(section))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(section)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAPackage("..ui.shell..")
                    .check(CLASSES);
        }
    }

    @Test
    void theCommonPartsServeThePagesNotTheOtherWayRound() {
        noClasses().that().resideInAPackage("..ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage(SECTIONS)
                .orShould().dependOnClassesThat().resideInAPackage("..ui.shell..")
                .check(CLASSES);
    }

    @Test
    void viewModelsUseNoSceneGraph() {
        noClasses().that().resideInAnyPackage(SECTIONS).and().areTopLevelClasses()
                .and().haveSimpleNameNotEndingWith("View").and().haveSimpleNameNotEndingWith("Section")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("only a page's view and section build the scene; view-models and what they use are tested"
                        + " without a window (javafx.beans and javafx.collections only)")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("app.piecespanel.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
