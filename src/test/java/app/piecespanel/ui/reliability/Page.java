package app.piecespanel.ui.reliability;

import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.Scenario;
import app.piecespanel.ui.account.AccountSection;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import app.piecespanel.ui.device.DeviceSection;
import app.piecespanel.ui.files.FilesSection;
import app.piecespanel.ui.files.PickedPath;
import app.piecespanel.ui.permissions.PermissionsSection;
import app.piecespanel.ui.testkit.Await;
import app.piecespanel.ui.testkit.FxPage;
import app.piecespanel.ui.testkit.TestPanel;
import app.piecespanel.ui.updates.UpdatesSection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import org.testfx.api.FxRobot;

/**
 * Each section as the reliability tests drive it: the endpoint its main button calls, the button, where it tells a
 * problem, how to put good data on screen first, and a change in the simulated PiecesOS that makes its next answer
 * tell apart from the first ({@link #first} on screen before the change, {@link #fresh} after).
 */
enum Page {
    /** Signed in; the action is "Link another account" > Google, which answers the whole profile. */
    ACCOUNT("/os/link_provider", "#accountLinkMenu", "#accountProblem", "#accountProblemText") {
        @Override
        PiecesOsSimulator.Builder simulator() {
            return PiecesOsSimulator.builder();
        }

        @Override
        Section section(PanelContext context) {
            return new AccountSection(context);
        }

        @Override
        void load(FxRobot robot, FxPage page, TestPanel panel) {
            robot.clickOn("#accountSignIn");
        }

        @Override
        void press(FxRobot robot) {
            robot.clickOn(button);
            robot.clickOn("#accountLink-google-oauth2");
        }

        @Override
        boolean first(FxPage page) {
            return page.shown("#accountSignedIn") && page.shown("#accountProvider-github")
                    && !page.text("#accountName").isEmpty() && !page.shown("#accountProvider-google-oauth2");
        }

        @Override
        void change(TestPanel panel) {
            // nothing to do: the link itself adds Google to the profile PiecesOS answers
        }

        @Override
        boolean fresh(FxPage page) {
            return page.shown("#accountProvider-github") && page.shown("#accountProvider-google-oauth2");
        }
    },

    /** Vision not granted at first; another app grants it, and the next read says Granted. */
    PERMISSIONS("/os/permissions", "#permissionsRefresh", "#permissionsProblem", "#permissionsProblemText") {
        @Override
        PiecesOsSimulator.Builder simulator() {
            return PiecesOsSimulator.builder();
        }

        @Override
        Section section(PanelContext context) {
            return new PermissionsSection(context);
        }

        @Override
        void load(FxRobot robot, FxPage page, TestPanel panel) {
            // the first visit reads by itself
        }

        @Override
        boolean first(FxPage page) {
            return page.text("#permissionVisionState").equals("Not granted");
        }

        @Override
        void change(TestPanel panel) {
            elsewhere(panel, "POST", "/os/permissions/request", "{\"processing\":{\"vision\":true}}");
        }

        @Override
        boolean fresh(FxPage page) {
            return page.text("#permissionVisionState").equals("Granted");
        }
    },

    /** PiecesOS 12.3.1 at first; then it updates itself to 12.4.0 (through a restart), and the next read says so. */
    DEVICE("/os/device/information", "#device-refresh", "#deviceProblem", "#deviceProblemText") {
        @Override
        PiecesOsSimulator.Builder simulator() {
            return PiecesOsSimulator.builder().scenario(Scenario.UPDATE_AVAILABLE).downloadDuration(Duration.ZERO)
                    .restartDowntime(Duration.ofMillis(50));
        }

        @Override
        Section section(PanelContext context) {
            return new DeviceSection(context);
        }

        @Override
        void load(FxRobot robot, FxPage page, TestPanel panel) {
            // the first visit reads by itself
        }

        @Override
        boolean first(FxPage page) {
            return deviceCard(page).contains("PiecesOS 12.3.1");
        }

        @Override
        void change(TestPanel panel) {
            elsewhere(panel, "POST", "/os/update/check", "{}"); // found: the download starts (and ends at once)
            elsewhere(panel, "POST", "/os/update/check", "{}"); // ready to restart
            panel.simulator.restartNow();
            Await.until("PiecesOS is back on 12.4.0",
                    () -> panel.simulator.isUp() && panel.simulator.version().equals("12.4.0"));
        }

        @Override
        boolean fresh(FxPage page) {
            return deviceCard(page).contains("PiecesOS 12.4.0");
        }
    },

    /** Up to date at first; then PiecesOS finds an update that needs a fresh install. */
    UPDATES("/os/update/check", "#updates-check", "#updatesProblem", "#updatesProblemText") {
        @Override
        PiecesOsSimulator.Builder simulator() {
            return PiecesOsSimulator.builder();
        }

        @Override
        Section section(PanelContext context) {
            return new UpdatesSection(context, Duration.ofMillis(200), Duration.ofSeconds(20));
        }

        @Override
        void load(FxRobot robot, FxPage page, TestPanel panel) {
            robot.clickOn(button);
        }

        @Override
        boolean first(FxPage page) {
            return page.text("#updates-headline").equals("PiecesOS is up to date");
        }

        @Override
        void change(TestPanel panel) {
            panel.simulator.setScenario(Scenario.REINSTALL_REQUIRED);
        }

        @Override
        boolean fresh(FxPage page) {
            return page.text("#updates-headline").equals("This update needs a fresh install");
        }

        @Override
        void close(Section section) {
            ((UpdatesSection) section).close();
        }
    },

    /** The file picker answers alpha.txt at first, beta.txt after. */
    FILES("/os/files/pick", "#pickFiles", "#problem", "#problemSentence") {
        @Override
        PiecesOsSimulator.Builder simulator() {
            return PiecesOsSimulator.builder();
        }

        @Override
        Section section(PanelContext context) {
            return new FilesSection(context);
        }

        @Override
        void load(FxRobot robot, FxPage page, TestPanel panel) {
            panel.simulator.queueFilePick(List.of(ALPHA));
            robot.clickOn(button);
            // what a faulty pick gets, should the fault let PiecesOS's picker run (a wrong type needs a path to spoil)
            panel.simulator.queueFilePick(List.of(BETA));
        }

        @Override
        boolean first(FxPage page) {
            return resultNames(page).equals(List.of("alpha.txt"));
        }

        @Override
        void change(TestPanel panel) {
            panel.simulator.queueFilePick(List.of(BETA));
        }

        @Override
        boolean fresh(FxPage page) {
            return resultNames(page).equals(List.of("beta.txt"));
        }
    };

    static final String ALPHA = "/srv/pieces-elsewhere/alpha.txt";
    static final String BETA = "/srv/pieces-elsewhere/beta.txt";
    private static final HttpClient ELSEWHERE = HttpClient.newHttpClient();

    /** The endpoint the button calls, which the tests make misbehave. */
    final String path;
    /** The button a person presses (re-read, check, link, pick). */
    final String button;
    /** The page's problem box, and the sentence in it. */
    final String problem;
    final String problemText;

    Page(String path, String button, String problem, String problemText) {
        this.path = path;
        this.button = button;
        this.problem = problem;
        this.problemText = problemText;
    }

    abstract PiecesOsSimulator.Builder simulator();

    abstract Section section(PanelContext context);

    /** Puts the first, good data on screen (a visit that reads by itself needs nothing). */
    abstract void load(FxRobot robot, FxPage page, TestPanel panel);

    /** Presses the page's button once, as a person would. */
    void press(FxRobot robot) {
        robot.clickOn(button);
    }

    /** The first answer's data is on screen. */
    abstract boolean first(FxPage page);

    /** From now on PiecesOS answers something {@link #fresh} tells apart from {@link #first}. */
    abstract void change(TestPanel panel);

    /** The answer after {@link #change} is on screen. */
    abstract boolean fresh(FxPage page);

    void close(Section section) {}

    /** Another PiecesOS client (or the person at PiecesOS) changes something, past the panel. */
    static void elsewhere(TestPanel panel, String method, String path, String body) {
        try {
            HttpResponse<String> r = ELSEWHERE.send(HttpRequest.newBuilder(URI.create(panel.simulator.baseUri() + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new AssertionError(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
            }
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String deviceCard(FxPage page) {
        Node cards = page.node("#device-cards");
        return FxPage.call(() -> {
            Node card = cards.lookup("#device-card-device");
            return card == null ? "" : ((Pane) card).getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                    .collect(Collectors.joining("|"));
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> resultNames(FxPage page) {
        TableView<PickedPath> table = page.node("#results");
        return FxPage.call(() -> table.getItems().stream().map(PickedPath::name).toList());
    }
}
