package app.piecespanel.ui.account;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Account and Permissions view-models (and what they are built from) stay off the scene graph, so they are
 * tested without a window; only the views and sections may touch {@code javafx.scene}.
 */
class AccountLayersTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.piecespanel.ui.account", "app.piecespanel.ui.permissions");

    @Test
    void viewModelsUseNoSceneGraph() {
        noClasses().that().haveSimpleNameNotEndingWith("View").and().haveSimpleNameNotEndingWith("Section")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .because("view-models use javafx.beans and javafx.collections only")
                .check(CLASSES);
    }
}
