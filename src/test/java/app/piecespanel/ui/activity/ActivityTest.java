package app.piecespanel.ui.activity;

import static app.piecespanel.ui.testkit.FxWait.fx;
import static app.piecespanel.ui.testkit.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.common.UiThread;
import app.piecespanel.ui.testkit.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Activity page fed by a real client talking to a simulator: what was called, filtered, cleared, exported. */
@ExtendWith(ApplicationExtension.class)
class ActivityTest extends FxRobot {
    @TempDir
    Path dir;
    private Stage stage;
    private PiecesOsSimulator sim;
    private OsApiClient client;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private ActivityLog show() {
        sim = PiecesOsSimulator.builder().build().start();
        ActivityLog log = new ActivityLog(UiThread.fx());
        client = new OsApiClient(sim::baseUri, ClientOptions.defaults().withListener(log));
        ActivitySection section = new ActivitySection(new ActivityViewModel(log, dialogs, Clock.systemDefaultZone()));
        fx(() -> {
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(section.view());
            return null;
        });
        return log;
    }

    private TableView<?> table() {
        return fx(() -> (TableView<?>) stage.getScene().lookup("#activity-table"));
    }

    private int rows() {
        return fx(() -> table().getItems().size());
    }

    /** The text of every cell on screen, row after row. */
    private String cellsOnScreen() {
        return fx(() -> lookup(".table-row-cell .table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null).reduce("", (a, b) -> a + "|" + b));
    }

    @Test
    void everyCallIsListedNewestFirstWithItsOutcomeInPlainWords() {
        show();
        sim.setFault("/os/permissions", new Fault.Status(500, "database is locked"));
        client.deviceInformation().join();
        client.permissions().exceptionally(e -> null).join();
        until("two rows on screen", () -> cellsOnScreen().contains("/os/device/information"));
        String cells = cellsOnScreen();
        int permissions = cells.indexOf("/os/permissions");
        int device = cells.indexOf("/os/device/information");
        assertTrue(permissions >= 0 && device > permissions, "newest first: " + cells);
        assertTrue(cells.contains("|500|"), cells);
        assertTrue(cells.contains("|200|"), cells);
        assertTrue(cells.contains("|PiecesOS had an internal error (HTTP 500)|"), "the failure in words: " + cells);
        assertTrue(!cells.contains("Exception"), "no exception names: " + cells);
        assertEquals("2 calls", fx(() -> ((Labeled) stage.getScene().lookup("#activity-summary")).getText()));
    }

    @Test
    void theFilterNarrowsTheListAndClearEmptiesIt() {
        show();
        client.deviceInformation().join();
        client.permissions().join();
        client.permissions().join();
        until("three rows", () -> rows() == 3);
        clickOn("#activity-filter").write("permissions");
        until("only the permission reads", () -> rows() == 2);
        assertEquals("2 of 3 calls", fx(() -> ((Labeled) stage.getScene().lookup("#activity-summary")).getText()));
        fx(() -> {
            ((TextField) stage.getScene().lookup("#activity-filter")).clear();
            return null;
        });
        until("all again", () -> rows() == 3);
        clickOn("#activity-clear");
        until("empty", () -> rows() == 0);
        client.checkForUpdate().join();
        until("new calls are listed after a clear", () -> rows() == 1);
    }

    @Test
    void theListKeepsTheLastThousandCalls() {
        ActivityLog log = show();
        for (int sent = 0; sent < ActivityLog.LIMIT + 5; sent += 25) {
            CompletableFuture<?>[] calls = new CompletableFuture<?>[25];
            for (int i = 0; i < calls.length; i++) {
                calls[i] = client.permissions();
            }
            CompletableFuture.allOf(calls).join();
        }
        until("every call has been told", () -> !log.busyProperty().get() && rows() == ActivityLog.LIMIT);
        assertEquals(ActivityLog.LIMIT, rows());
    }

    @Test
    void exportWritesTheCallsShownOldestFirstAsCsv() throws Exception {
        show();
        client.deviceInformation().join();
        client.permissions().join();
        until("two rows", () -> rows() == 2);
        Path file = dir.resolve("activity.csv");
        Files.writeString(file, "an earlier export");
        dialogs.answerSave(file);
        clickOn("#activity-export");
        until("told where it went", () -> dialogs.notifications.stream().anyMatch(n -> n.contains(file.toString())));
        List<String> lines = Files.readAllLines(file);
        assertEquals("time,method,path,status,duration_ms,outcome", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains(",GET,/os/device/information,200,"), lines.get(1));
        assertTrue(lines.get(2).contains(",GET,/os/permissions,200,"), lines.get(2));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aCellASpreadsheetWouldRunIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ActivityViewModel.csv("=HYPERLINK(\"x\")"));
        assertEquals("\"'=1+2,3\"", ActivityViewModel.csv("=1+2,3"));
        assertEquals("'@SUM(A1)", ActivityViewModel.csv("@SUM(A1)"));
        assertEquals("plain text", ActivityViewModel.csv("plain text"));
        assertEquals("\"say \"\"hi\"\"\"", ActivityViewModel.csv("say \"hi\""));
    }
}
