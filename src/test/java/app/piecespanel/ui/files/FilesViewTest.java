package app.piecespanel.ui.files;

import static app.piecespanel.ui.testkit.FxWait.fx;
import static app.piecespanel.ui.testkit.FxWait.onFx;
import static app.piecespanel.ui.testkit.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.testkit.TestPanel;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Files page driven like a person, in a stage the size of the panel's right-hand side. */
@ExtendWith(ApplicationExtension.class)
class FilesViewTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String ELSEWHERE = "/srv/pieces-elsewhere/todo.md";

    @TempDir
    Path dir;
    private TestPanel panel;
    private FilesSection section;
    private StackPane host;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        panel = TestPanel.fx(PiecesOsSimulator.builder());
        section = new FilesSection(panel.context);
        host = new StackPane(section.view());
        stage.setScene(new Scene(host, 850, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        panel.close();
    }

    private <T extends Node> T node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    @SuppressWarnings("unchecked")
    private TableView<PickedPath> table(FxRobot robot) {
        return (TableView<PickedPath>) node(robot, "#results");
    }

    @SuppressWarnings("unchecked")
    private ListView<PickRecord> history(FxRobot robot) {
        return (ListView<PickRecord>) node(robot, "#history");
    }

    private boolean shown(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return fx(() -> n.isVisible() && n.getScene() != null);
    }

    private String text(FxRobot robot, String query) {
        Labeled l = node(robot, query);
        return fx(l::getText);
    }

    private boolean disabled(FxRobot robot, String query) {
        Node n = node(robot, query);
        return fx(n::isDisabled);
    }

    /** Selects the table rows showing these names, as a person would with the mouse (Ctrl for more). */
    private void selectRows(FxRobot robot, String... names) {
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                robot.press(KeyCode.CONTROL);
            }
            robot.clickOn(names[i]);
            if (i > 0) {
                robot.release(KeyCode.CONTROL);
            }
        }
        int want = names.length;
        until(want + " rows selected", () -> section.viewModel().selection().size() == want);
    }

    @Test
    void typedExtensionsBecomeChipsAndAFilteredPickFillsTheTable(FxRobot robot) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "hello");
        panel.simulator.queueFilePick(List.of(readme.toString(), ELSEWHERE));

        robot.clickOn("#filterField").write("java, md, txt").type(KeyCode.ENTER);
        until("three chips", () -> robot.lookup(".files-chip").queryAll().size() == 3);
        TextField field = node(robot, "#filterField");
        assertEquals("", fx(field::getText));

        Node txtChip = robot.lookup(".files-chip").queryAll().stream()
                .filter(c -> "txt".equals(c.getUserData())).findFirst().orElseThrow();
        robot.clickOn(robot.from(txtChip).lookup(".files-chip-remove").queryButton());
        until("the txt chip removed", () -> robot.lookup(".files-chip").queryAll().size() == 2);
        robot.clickOn("#filterField").type(KeyCode.BACK_SPACE);
        until("the last chip back in the field", () -> "md".equals(field.getText()));
        assertEquals(1, robot.lookup(".files-chip").queryAll().size());
        robot.type(KeyCode.ENTER);
        until("a chip again", () -> robot.lookup(".files-chip").queryAll().size() == 2);

        robot.clickOn("#pickFiles");
        until("two rows", () -> table(robot).getItems().size() == 2);

        assertEquals(List.of("java", "md"), panel.simulator.pickerRequests().get(0).allowedExtensions());
        assertTrue(robot.lookup("README.md").tryQuery().isPresent());
        assertTrue(robot.lookup("todo.md").tryQuery().isPresent());
        assertEquals("Yes", text(robot, ".files-here"));
        assertEquals("Not found", text(robot, ".files-not-here"));
        assertTrue(text(robot, "#notice").startsWith("2 files picked. 1 of them is not on this machine"));
        until("one history row", () -> history(robot).getItems().size() == 1);
    }

    @Test
    void whileThePickerIsOpenTheButtonsWaitAndStopWaitingAbandonsTheRequest(FxRobot robot) throws Exception {
        panel.simulator.setFault("/os/folders/pick", new Fault.Hang());
        assertFalse(shown(robot, "#waiting"));

        robot.clickOn("#pickFolders");
        assertTrue(panel.simulator.awaitArrived("/os/folders/pick", WAIT));
        until("the waiting banner", () -> shown(robot, "#waiting"));
        assertTrue(fx(() -> robot.lookup("Waiting for you to choose folders in PiecesOS").tryQuery().isPresent()));
        assertTrue(disabled(robot, "#pickFiles"));
        assertTrue(disabled(robot, "#pickFolders"));

        robot.clickOn("#cancelPick");
        assertTrue(panel.simulator.awaitAbandoned("/os/folders/pick", WAIT), "PiecesOS saw the request dropped");
        until("the buttons work again", () -> !disabled(robot, "#pickFolders") && !disabled(robot, "#pickFiles"));
        assertFalse(shown(robot, "#waiting"));
        assertFalse(shown(robot, "#problem"), "stopping is not an error");
        assertEquals("Stopped waiting. If PiecesOS’s folder picker is still open, close it there.",
                text(robot, "#notice"));

        robot.clickOn("#pickFolders");
        until("waiting again", () -> shown(robot, "#waiting"));
        robot.type(KeyCode.ESCAPE);
        until("Esc stops waiting too", () -> !shown(robot, "#waiting") && !disabled(robot, "#pickFolders"));
        until("PiecesOS saw the second request dropped", () -> panel.simulator.requests().stream()
                .filter(r -> r.path().equals("/os/folders/pick") && r.abandoned()).count() == 2);
    }

    @Test
    void anInvalidFilterIsExplainedNextToTheFieldAndNothingIsSent(FxRobot robot) {
        String hint = text(robot, "#filterMessage");
        robot.clickOn("#filterField").write("*.md");
        until("the message", () -> text(robot, "#filterMessage").equals("No wildcards needed: write md instead of *.md."));

        robot.clickOn("#pickFiles");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.simulator.pickerRequests().isEmpty(), "nothing reached PiecesOS");
        assertFalse(shown(robot, "#waiting"));
        TextField field = node(robot, "#filterField");
        assertTrue(fx(field::isFocused), "back in the field to fix it");
        assertEquals("*.md", fx(field::getText), "what was typed stays");

        robot.eraseText(4).write("md");
        until("the hint again", () -> text(robot, "#filterMessage").equals(hint));
        robot.clickOn("#pickFiles");
        until("the pick was sent", () -> panel.simulator.pickerRequests().size() == 1);
        assertEquals(List.of("md"), panel.simulator.pickerRequests().get(0).allowedExtensions());
        until("nothing selected", () -> text(robot, "#notice").startsWith("Nothing selected"));
    }

    @Test
    void selectedPathsAreCopiedOnePerLineAndOnlyThoseHereAreOpened(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "x");
        panel.simulator.queueFilePick(List.of(notes.toString(), ELSEWHERE));
        robot.clickOn("#pickFiles");
        until("two rows", () -> table(robot).getItems().size() == 2);
        assertTrue(disabled(robot, "#copyPaths"), "nothing selected yet");

        selectRows(robot, "todo.md");
        assertFalse(disabled(robot, "#copyPaths"));
        assertTrue(disabled(robot, "#openPaths"), "not on this machine: nothing to open");
        assertTrue(disabled(robot, "#revealPaths"));
        robot.clickOn("#copyPaths");
        until("copied", () -> ELSEWHERE.equals(panel.desktop.lastCopied()));

        selectRows(robot, "notes.txt", "todo.md");
        assertFalse(disabled(robot, "#openPaths"));
        robot.clickOn("#copyPaths");
        until("both copied", () -> (notes + "\n" + ELSEWHERE).equals(panel.desktop.lastCopied()));
        assertEquals("Copied 2 paths to the clipboard.", text(robot, "#notice"));

        robot.clickOn("#openPaths");
        until("opened", () -> panel.desktop.opened.size() == 1);
        assertEquals(List.of(notes), panel.desktop.opened);
        assertEquals("Opened 1 item. 1 path is not on this machine and was skipped.", text(robot, "#notice"));
        robot.clickOn("#revealPaths");
        until("revealed", () -> panel.desktop.revealed.size() == 1);
        assertEquals(List.of(notes), panel.desktop.revealed);

        robot.clickOn("notes.txt").press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        until("Ctrl+C copies", () -> notes.toString().equals(panel.desktop.lastCopied()));
    }

    @Test
    void theHistoryListsPicksNewestFirstShowsAnEarlierOneAndClears(FxRobot robot) {
        panel.simulator.queueFilePick(List.of("/one/first.txt", "/one/second.txt"));
        panel.simulator.queueFolderPick(List.of("/two/projects"));
        robot.clickOn("#pickFiles");
        until("the first pick", () -> history(robot).getItems().size() == 1);
        robot.clickOn("#pickFolders");
        until("the second pick", () -> history(robot).getItems().size() == 2);
        assertEquals(List.of(PickKind.FOLDERS, PickKind.FILES),
                fx(() -> history(robot).getItems().stream().map(PickRecord::kind).toList()));
        assertTrue(robot.lookup("projects").tryQuery().isPresent());

        robot.clickOn("2 items");
        until("the earlier pick in the table", () -> table(robot).getItems().size() == 2);
        assertTrue(robot.lookup("first.txt").tryQuery().isPresent());

        robot.clickOn("#clearHistory");
        until("empty history", () -> history(robot).getItems().isEmpty());
        assertTrue(fx(() -> table(robot).getItems().isEmpty()));
        assertTrue(robot.lookup("Pick files or folders to see here what PiecesOS returns.").tryQuery().isPresent());
        assertTrue(disabled(robot, "#clearHistory"));
    }

    @Test
    void aFailureIsASentenceWithDetailsOnDemandAndRetryWhileTheTableStays(FxRobot robot) {
        panel.simulator.queueFilePick(List.of("/kept/on-screen.txt"));
        robot.clickOn("#pickFiles");
        until("a row", () -> table(robot).getItems().size() == 1);

        panel.simulator.setFault("/os/files/pick", Fault.parse("status=500:picker crashed"));
        robot.clickOn("#pickFiles");
        until("the problem", () -> shown(robot, "#problem"));
        assertTrue(text(robot, "#problemSentence").contains("picker crashed"));
        assertTrue(robot.lookup("on-screen.txt").tryQuery().isPresent(), "what was on screen stays");
        assertFalse(shown(robot, "#problemDetails"));
        robot.clickOn("#toggleDetails");
        until("the details", () -> shown(robot, "#problemDetails"));
        javafx.scene.control.TextArea details = node(robot, "#problemDetails");
        assertTrue(fx(details::getText).contains("500"));

        panel.simulator.clearFaults();
        panel.simulator.queueFilePick(List.of("/after/retry.txt"));
        robot.clickOn("#retry");
        until("the problem gone", () -> !shown(robot, "#problem"));
        until("the new row", () -> robot.lookup("retry.txt").tryQuery().isPresent());
    }

    @Test
    void leavingThePageKeepsTheHistoryAndAPickInProgress(FxRobot robot) throws Exception {
        panel.simulator.queueFilePick(List.of("/stays/here.txt"));
        robot.clickOn("#pickFiles");
        until("a pick", () -> history(robot).getItems().size() == 1);
        panel.simulator.setFault("/os/folders/pick", new Fault.Hang());
        robot.clickOn("#pickFolders");
        assertTrue(panel.simulator.awaitArrived("/os/folders/pick", WAIT));

        onFx(() -> host.getChildren().setAll(new Label("another page")));
        onFx(() -> host.getChildren().setAll(section.view()));

        until("the waiting banner again", () -> shown(robot, "#waiting"));
        assertEquals(1, fx(() -> history(robot).getItems().size()));
        assertTrue(robot.lookup("here.txt").tryQuery().isPresent());
        robot.clickOn("#cancelPick");
        assertTrue(panel.simulator.awaitAbandoned("/os/folders/pick", WAIT));
    }
}
