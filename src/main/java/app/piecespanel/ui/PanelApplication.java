package app.piecespanel.ui;

import app.piecespanel.AppInfo;
import app.piecespanel.CommandLine;
import app.piecespanel.StartupMarks;
import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.DiscoveryOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.PickerMode;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.Scenario;
import app.piecespanel.ui.account.AccountSection;
import app.piecespanel.ui.activity.ActivityLog;
import app.piecespanel.ui.activity.ActivitySection;
import app.piecespanel.ui.activity.ActivityViewModel;
import app.piecespanel.api.ApiFailure;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.RestartFlow;
import app.piecespanel.ui.common.UiThread;
import app.piecespanel.ui.common.Words;
import app.piecespanel.ui.device.DeviceSection;
import app.piecespanel.ui.files.FilesSection;
import app.piecespanel.ui.permissions.PermissionsSection;
import app.piecespanel.ui.settings.SettingsSection;
import app.piecespanel.ui.shell.ConnectionMonitor;
import app.piecespanel.ui.shell.ConnectionState;
import app.piecespanel.ui.shell.CurrentAddress;
import app.piecespanel.ui.shell.Locator;
import app.piecespanel.ui.shell.PanelServices;
import app.piecespanel.ui.shell.Search;
import app.piecespanel.ui.shell.ShellView;
import app.piecespanel.ui.updates.UpdatesSection;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The composition root: builds the services once, hands them to the pages, and shows the window. */
public final class PanelApplication extends Application {
    private final AtomicReference<PiecesOsSimulator> simulator = new AtomicReference<>();
    private OsApiClient client;
    private ConnectionMonitor monitor;
    private UpdatesSection updates;

    @Override
    public void start(Stage stage) throws Exception {
        CommandLine cl = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        AppInfo info = AppInfo.load();
        Words words = Words.of(ShellView.class, "shell");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        UiThread ui = UiThread.fx();
        ActivityLog activity = new ActivityLog(ui);
        CurrentAddress address = new CurrentAddress();
        client = new OsApiClient(address, ClientOptions.defaults().withListener(activity));
        Locator discovery = Locator.discovery(client, () -> cl.url()
                .map(u -> DiscoveryOptions.defaults().withManualAddress(URI.create(u)))
                .orElse(DiscoveryOptions.defaults()));
        Locator builtIn = Locator.simulator(client, () -> simulator(cl.scenario()), Search.Source.SIMULATOR);
        Locator locator = cl.mode() == CommandLine.Mode.SIMULATOR_PANEL ? builtIn
                : cl.fallbackSimulator() ? Locator.firstThen(discovery,
                        Locator.simulator(client, () -> simulator(cl.scenario()), Search.Source.SIMULATOR_FALLBACK))
                : discovery;
        monitor = new ConnectionMonitor(client, address, locator, ui, ConnectionMonitor.Timing.defaults());

        // the window first, so nothing stands before the first frame; the services fill it
        Scene scene = new Scene(new javafx.scene.layout.Region(), 1100, 720);
        scene.getStylesheets().add(PanelApplication.class.getResource("shell/shell.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(info.name() + " " + info.version());
        stage.setMinWidth(880);
        stage.setMinHeight(560);
        addIcons(stage);

        PanelServices services = PanelServices.forWindow(stage, getHostServices());
        PanelContext context = new PanelContext(client, ui, services.dialogs(), services.desktop(), monitor,
                Clock.systemDefaultZone(), info.version());
        AccountSection account = new AccountSection(context);
        updates = new UpdatesSection(context);
        ActivityViewModel activityVm = new ActivityViewModel(activity, services.dialogs(), Clock.systemDefaultZone());
        SettingsSection settings = new SettingsSection(info.name(), info.version(),
                dark -> Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet()),
                monitor::describe, monitor::searchNow,
                () -> RestartFlow.confirmAndRestart(context, "You asked for a restart from the panel.")
                        .whenComplete((back, error) -> ui.execute(() -> {
                            if (error != null) {
                                services.dialogs().notify(words.get("restart.failed", ApiFailure.of(error).plainMessage()));
                            } else if (back) {
                                services.dialogs().notify(words.get("restart.done"));
                            }
                        })),
                interval -> updates.setAutomaticCheckInterval(interval));
        List<ShellView.Page> pages = List.of(
                new ShellView.Page("account", words.get("page.account"), Material2AL.ACCOUNT_CIRCLE, account),
                new ShellView.Page("permissions", words.get("page.permissions"), Material2MZ.SECURITY,
                        new PermissionsSection(context)),
                new ShellView.Page("device", words.get("page.device"), Material2AL.COMPUTER, new DeviceSection(context)),
                new ShellView.Page("updates", words.get("page.updates"), Material2MZ.SYSTEM_UPDATE_ALT, updates),
                new ShellView.Page("files", words.get("page.files"), Material2AL.FOLDER_OPEN, new FilesSection(context)),
                new ShellView.Page("activity", words.get("page.activity"), Material2AL.HISTORY,
                        new ActivitySection(activityVm)),
                new ShellView.Page("settings", words.get("page.settings"), Material2MZ.SETTINGS, settings));
        ShellView shell = new ShellView(monitor, pages, activity.busyProperty(), account.userProperty(),
                new ShellView.NotRunningActions() {
                    @Override
                    public void retry() {
                        monitor.searchNow();
                    }

                    @Override
                    public void useSimulator() {
                        monitor.useLocator(builtIn);
                    }

                    @Override
                    public void enterAddress() {
                        services.dialogs().askText(words.get("address.title"), words.get("address.prompt"),
                                "http://127.0.0.1:39300").flatMap(text -> validAddress(text, services, words))
                                .ifPresent(uri -> monitor.useLocator(Locator.discovery(client,
                                        () -> DiscoveryOptions.defaults().withManualAddress(uri))));
                    }
                });
        services.attach(shell);
        scene.setRoot(shell.root());
        monitor.addReturnListener(() -> ui.execute(() -> {
            if (shell.visible() != null) {
                shell.visible().connectionReturned();
            }
        }));
        shell.show(0);

        if (StartupMarks.enabled()) {
            markFirstFrameAndReady(scene);
        }
        stage.show();
        monitor.start();
        updates.setAutomaticCheckInterval(Duration.ofHours(6));
    }

    private void markFirstFrameAndReady(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            StartupMarks.mark("first-frame");
        };
        scene.addPostLayoutPulseListener(once[0]);
        monitor.stateProperty().addListener((o, was, now) -> {
            if (now == ConnectionState.CONNECTED) {
                javafx.application.Platform.runLater(() -> {
                    StartupMarks.mark("ready");
                    StartupMarks.memory();
                });
            }
        });
    }

    /** An http(s) address; one that is not this computer only after the person agrees to the risk. */
    private static Optional<URI> validAddress(String text, PanelServices services, Words words) {
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            services.dialogs().notify(words.get("address.invalid", text));
            return Optional.empty();
        }
        String host = uri.getHost();
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
        if (!loopback && !services.dialogs().confirm(words.get("address.remote.title"),
                words.get("address.remote.text", uri.toString()), words.get("address.remote.confirm"))) {
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    private PiecesOsSimulator simulator(Optional<String> scenario) {
        return simulator.updateAndGet(s -> {
            if (s != null) {
                return s;
            }
            PiecesOsSimulator.Builder b = PiecesOsSimulator.builder().pickers(PickerMode.NATIVE)
                    .signInDelay(Duration.ofSeconds(2));
            scenario.ifPresent(name -> b.scenario(Scenario.fromName(name)));
            return b.build().start();
        });
    }

    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = PanelApplication.class.getResourceAsStream("/app/piecespanel/icons/app-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException ignored) {
                // an icon that cannot be read leaves the default one
            }
        }
    }

    @Override
    public void stop() {
        if (updates != null) {
            updates.close();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (client != null) {
            client.close();
        }
        PiecesOsSimulator s = simulator.get();
        if (s != null) {
            s.close();
        }
    }
}
