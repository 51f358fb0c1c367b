package app.piecespanel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.CallRecord;
import app.piecespanel.api.model.ExternalProvider;
import app.piecespanel.api.model.ExternalProviderType;
import app.piecespanel.api.model.ReturnedUserProfile;
import app.piecespanel.api.model.UserProfile;
import app.piecespanel.api.model.Users;
import app.piecespanel.doctor.Doctor;
import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.account.AccountViewModel;
import app.piecespanel.ui.account.AvatarLoader;
import app.piecespanel.ui.activity.ActivityLog;
import app.piecespanel.ui.activity.ActivityViewModel;
import app.piecespanel.ui.common.UiThread;
import app.piecespanel.ui.device.DeviceViewModel;
import app.piecespanel.ui.files.FilesViewModel;
import app.piecespanel.ui.permissions.PermissionsViewModel;
import app.piecespanel.ui.testkit.Await;
import app.piecespanel.ui.testkit.TestPanel;
import app.piecespanel.ui.updates.UpdatesViewModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets never leave the panel: a full session against a simulator whose every secret (provider access tokens,
 * the cloud key, the Stripe customer, the OpenAI key and organisation) starts with a unique marker, through the
 * client and every view-model, while everything the panel writes is captured: the log at its finest level, the
 * Activity table and its export, the clipboard, every model's and failure's text, the doctor's report. The marker
 * appears nowhere.
 */
class SecretsSweepTest {
    private static final String MARKER = "SECRETMARK-" + Long.toHexString(System.nanoTime());

    /** Everything the panel said, wherever it said it, labelled by where. */
    private final List<String> outputs = new CopyOnWriteArrayList<>();
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            StringBuilder s = new StringBuilder("log " + r.getLoggerName() + ": ");
            s.append(r.getMessage());
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    s.append(" | ").append(p);
                }
            }
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                s.append('\n').append(w);
            }
            outputs.add(s.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Logger root;
    private Level rootLevel;
    private TestPanel panel;

    @TempDir
    Path dir;

    @BeforeEach
    void captureTheLog() {
        root = LogManager.getLogManager().getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL); // the finest level, so a secret in a debug line would be caught too
        logCapture.setLevel(Level.ALL);
        root.addHandler(logCapture);
        panel = TestPanel.direct(PiecesOsSimulator.builder().secretMarker(MARKER));
    }

    @AfterEach
    void restoreTheLog() {
        panel.close();
        root.removeHandler(logCapture);
        root.setLevel(rootLevel);
    }

    private void saw(String where, Object what) {
        outputs.add(where + ": " + what);
    }

    @Test
    void aFullSessionLeaksNoSecretAnywhere() throws Exception {
        // ---- the account page: sign in, link a provider, copy the cloud address ----
        AccountViewModel account = new AccountViewModel(panel.context, AvatarLoader.defaults(), Locale.UK);
        account.signIn();
        Await.until("signed in", () -> account.getStage() == AccountViewModel.Stage.SIGNED_IN && !account.isBusy());
        account.link(ExternalProviderType.of(ExternalProviderType.Known.BITBUCKET));
        Await.until("linked", () -> !account.isBusy() && account.linkedAccounts().size() == 2);
        account.copyCloudAddress();
        saw("account card", account.getCard());
        saw("account linked", account.linkedAccounts());
        saw("account linkable", account.linkableProviders());
        saw("account user", account.userProperty().get());
        saw("account notice", account.noticeProperty().get());

        // ---- the client directly: every model received, as its toString ----
        UserProfile profile = panel.client.signIn().get(10, TimeUnit.SECONDS);
        ReturnedUserProfile linked = panel.client.linkProvider(
                ExternalProviderType.of(ExternalProviderType.Known.GITHUB)).get(10, TimeUnit.SECONDS);
        saw("model UserProfile", profile);
        saw("model ReturnedUserProfile", linked);
        saw("model Auth0UserMetadata", profile.auth0());
        saw("model ExternalProviders", profile.providers());
        for (ExternalProvider p : linked.user().providers().iterable()) {
            saw("model ExternalProvider", p);
            saw("model access token", p.accessToken());
        }
        saw("model device", panel.client.deviceInformation().get(10, TimeUnit.SECONDS));
        saw("model permissions", panel.client.permissions().get(10, TimeUnit.SECONDS));
        saw("model update", panel.client.checkForUpdate().get(10, TimeUnit.SECONDS));

        // a failure that carries the server's text: the detail and the words
        panel.simulator.setFault("/os/link_provider", Fault.status(500, "could not link"));
        try {
            panel.client.linkProvider(ExternalProviderType.of(ExternalProviderType.Known.AUTH0)).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            ApiFailure f = ApiFailure.of(e);
            saw("failure", f.plainMessage() + " | " + f.detail() + " | " + f);
        }
        panel.simulator.clearFaults();

        // ---- the other pages ----
        DeviceViewModel device = new DeviceViewModel(panel.context);
        device.refresh();
        Await.until("device read", () -> device.reportProperty().get() != null && !device.busyProperty().get());
        device.copyDiagnostics();
        saw("device diagnostics", device.diagnostics());

        PermissionsViewModel permissions = new PermissionsViewModel(panel.context, Locale.UK, "Mac OS X",
                Duration.ofSeconds(5));
        permissions.refresh();
        Await.until("permissions read", () -> permissions.loadedProperty().get() && !permissions.isBusy());
        saw("permissions help", permissions.helpText());

        UpdatesViewModel updates = new UpdatesViewModel(panel.context, Duration.ofSeconds(3), Duration.ofMinutes(1));
        updates.checkForUpdates();
        Await.until("update checked", () -> !updates.busyProperty().get() && updates.kindProperty().get() != null);
        saw("updates", updates.headlineProperty().get() + " | " + updates.explanationProperty().get());
        updates.close();

        FilesViewModel files = new FilesViewModel(panel.context);
        panel.simulator.queueFilePick(List.of(dir.resolve("notes.md").toString()));
        files.pickFiles().get(10, TimeUnit.SECONDS);
        files.select(List.copyOf(files.results()));
        files.copySelectedPaths();

        // ---- sign out, with its confirmation ----
        panel.dialogs.alwaysConfirm(true);
        account.signOut();
        Await.until("signed out", () -> account.getStage() == AccountViewModel.Stage.SIGNED_OUT && !account.isBusy());
        Users after = panel.client.signOut().get(10, TimeUnit.SECONDS);
        saw("model Users", after);

        // ---- the Activity table and its export ----
        ActivityLog log = new ActivityLog(UiThread.direct());
        for (CallRecord r : panel.calls) {
            log.onCall(r);
        }
        ActivityViewModel activity = new ActivityViewModel(log, panel.dialogs, panel.context.clock());
        for (CallRecord r : activity.shown()) {
            saw("activity row", r + " | " + activity.time(r) + " " + activity.status(r) + " " + activity.duration(r));
        }
        Path export = dir.resolve("activity.csv");
        panel.dialogs.answerSave(export);
        activity.export();
        saw("activity export", Files.readString(export, StandardCharsets.UTF_8));

        // ---- the doctor's report on the same PiecesOS, signed in again ----
        panel.client.signIn().get(10, TimeUnit.SECONDS);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exit = new Doctor(new PrintStream(report, true, StandardCharsets.UTF_8), "9.9.9")
                .run(Optional.of(panel.simulator.baseUri()));
        assertEquals(0, exit, report.toString(StandardCharsets.UTF_8));
        saw("doctor", report.toString(StandardCharsets.UTF_8));

        // ---- the clipboard, the notifications, the confirmations ----
        saw("clipboard", panel.desktop.clipboard);
        saw("notifications", panel.dialogs.notifications);
        saw("confirmations", panel.dialogs.confirmations);
        saw("browsed", panel.desktop.browsed);

        // the session was real: the secrets were on the wire, and the outputs were captured
        assertTrue(panel.simulator.isSignedIn());
        assertTrue(profile.auth0().openAi().apiKey().reveal().startsWith(MARKER), "the simulator hands out marked secrets");
        assertTrue(linked.user().providers().iterable().stream()
                .allMatch(p -> p.accessToken().reveal().startsWith(MARKER)));
        assertTrue(panel.desktop.clipboard.size() >= 3, "copied: " + panel.desktop.clipboard);
        assertTrue(outputs.stream().anyMatch(o -> o.startsWith("log ")), "the log was captured");
        assertTrue(activity.shown().size() >= 10, "the Activity table has the session: " + activity.shown().size());

        List<String> leaks = new ArrayList<>();
        for (String o : outputs) {
            if (o.contains(MARKER)) {
                leaks.add(o);
            }
        }
        assertTrue(leaks.isEmpty(), "a secret leaked:\n" + String.join("\n---\n", leaks));
    }
}
