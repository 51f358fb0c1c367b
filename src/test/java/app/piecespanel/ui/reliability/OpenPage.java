package app.piecespanel.ui.reliability;

import app.piecespanel.ui.common.Section;
import app.piecespanel.ui.testkit.FxPage;
import app.piecespanel.ui.testkit.TestPanel;
import java.time.Duration;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** One {@link Page} on screen, wired to its own simulator, with its first data shown. Close it after the test. */
final class OpenPage implements AutoCloseable {
    final Page page;
    final TestPanel panel;
    final Section section;
    final FxPage screen;

    private OpenPage(Page page, TestPanel panel, Stage stage, FxRobot robot) {
        this.page = page;
        this.panel = panel;
        this.section = page.section(panel.context);
        try {
            this.screen = FxPage.show(stage, section);
            page.load(robot, screen, panel);
            screen.waitFor("the first data", () -> page.first(screen) && !screen.disabled(page.button));
        } catch (RuntimeException | AssertionError e) {
            close();
            throw e;
        }
    }

    /** With the test kit's usual deadlines (5 s; 30 s for pickers). */
    static OpenPage open(Page page, Stage stage, FxRobot robot) {
        return new OpenPage(page, TestPanel.fx(page.simulator()), stage, robot);
    }

    /** With every call giving up after {@code deadline}. */
    static OpenPage open(Page page, Stage stage, FxRobot robot, Duration deadline) {
        return new OpenPage(page, TestPanel.fx(page.simulator(), deadline), stage, robot);
    }

    /** On {@code panel}, made by the test (with its own UiThread, say). */
    static OpenPage open(Page page, Stage stage, FxRobot robot, TestPanel panel) {
        return new OpenPage(page, panel, stage, robot);
    }

    boolean buttonDisabled() {
        return screen.disabled(page.button);
    }

    boolean problemShown() {
        return screen.shown(page.problem);
    }

    @Override
    public void close() {
        page.close(section);
        panel.close();
    }
}
