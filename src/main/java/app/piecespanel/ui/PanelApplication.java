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
import app.piecespanel.settings.AddressRule;
import app.piecespanel.settings.PickHistoryStore;
import app.piecespanel.settings.SettingsStore;
import app.piecespanel.settings.SystemTheme;
import app.piecespanel.ui.settings.Preferences;
import app.piecespanel.ui.settings.SettingsSection;
import app.piecespanel.ui.settings.SettingsViewModel;
import app.piecespanel.ui.settings.ThemeController;
import app.piecespanel.ui.shell.WindowState;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import javafx.beans.binding.Bindings;
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
import java.util.concurrent.atomic.AtomicBoolean;
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
    private Preferences prefs;
    private PickHistoryStore history;
    private WindowState window;
    private SettingsViewModel settingsVm;

    @Override
    public void start(Stage stage) throws Exception {
        CommandLine cl = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        AppInfo info = AppInfo.load();
        Words words = Words.of(ShellView.class, "shell");

        UiThread ui = UiThread.fx();
        java.nio.file.Path configDir = SettingsStore.defaultDirectory();
        prefs = Preferences.load(new SettingsStore(configDir), ui);
        ActivityLog activity = new ActivityLog(ui);
        CurrentAddress address = new CurrentAddress();
        client = new OsApiClient(address, ClientOptions.defaults().withListener(activity));
        // the command line's address wins until the person chooses in the panel; else the one saved in Settings;
        // either is tried first, then the rest of discovery
        AtomicBoolean chosenInPanel = new AtomicBoolean();
        Locator discovery = Locator.discovery(client, () -> (chosenInPanel.get() ? Optional.<URI>empty()
                        : cl.url().map(URI::create)).or(() -> prefs.get().address())
                .map(u -> DiscoveryOptions.defaults().withManualAddress(u))
                .orElse(DiscoveryOptions.defaults()));
        Locator builtIn = Locator.simulator(client, () -> simulator(cl.scenario()), Search.Source.SIMULATOR);
        Locator locator = cl.mode() == CommandLine.Mode.SIMULATOR_PANEL ? builtIn
                : cl.fallbackSimulator() ? Locator.firstThen(discovery,
                        Locator.simulator(client, () -> simulator(cl.scenario()), Search.Source.SIMULATOR_FALLBACK))
                : discovery;
        monitor = new ConnectionMonitor(client, address, locator, ui, ConnectionMonitor.Timing.defaults());

        // the window first, so nothing stands before the first frame; the services fill it
        Scene scene = new Scene(new javafx.scene.layout.Region());
        scene.getStylesheets().add(PanelApplication.class.getResource("shell/shell.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(info.name() + " " + info.version());
        stage.setMinWidth(880);
        stage.setMinHeight(560);
        window = WindowState.restore(stage, prefs.get().window(), 1100, 720);
        window.whenSettled(place -> prefs.update(p -> p.withWindow(place)));

        PanelServices services = PanelServices.forWindow(stage, getHostServices());
        prefs.onSaveFailure(services.dialogs()::notify);
        PanelContext context = new PanelContext(client, ui, services.dialogs(), services.desktop(), monitor,
                Clock.systemDefaultZone(), info.version());
        history = new PickHistoryStore(configDir);
        AccountSection account = new AccountSection(context);
        updates = new UpdatesSection(context);
        ActivityViewModel activityVm = new ActivityViewModel(activity, services.dialogs(), Clock.systemDefaultZone());

        ThemeController themes = new ThemeController(
                Bindings.createObjectBinding(() -> prefs.get().theme(), prefs.currentProperty()),
                account.userProperty(), prefs.get().systemWasDark(), SystemTheme::prefersDark, ForkJoinPool.commonPool(), ui,
                dark -> Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet()));
        themes.onSystemRead(dark -> prefs.update(p -> p.withSystemWasDark(dark)));
        themes.start();
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                themes.recheckSystem(); // the system may have switched while the panel was in the background
            }
        });

        ShellView[] shellRef = new ShellView[1];
        settingsVm = new SettingsViewModel(prefs, new SettingsViewModel.Actions() {
            @Override
            public void searchAgain() {
                monitor.searchNow();
            }

            @Override
            public void restart() {
                RestartFlow.confirmAndRestart(context, words.get("menu.restartWhy"))
                        .whenComplete((back, error) -> ui.execute(() -> {
                            if (error != null) {
                                services.dialogs().notify(words.get("restart.failed",
                                        ApiFailure.of(error).plainMessage()));
                            } else if (back) {
                                services.dialogs().notify(words.get("restart.done"));
                            }
                        }));
            }

            @Override
            public void connectionChanged() {
                chosenInPanel.set(true);
                monitor.useLocator(discovery);
            }

            @Override
            public void updateInterval(Duration every) {
                updates.setAutomaticCheckInterval(every);
            }
        }, monitor::describe, Bindings.createBooleanBinding(() -> monitor.connectedProperty().get()
                && monitor.lastSearchProperty().get() != null
                && monitor.lastSearchProperty().get().source().simulated(),
                monitor.connectedProperty(), monitor.lastSearchProperty()),
                new SettingsViewModel.Simulator() {
                    @Override
                    public List<String> scenarios() {
                        return Arrays.stream(Scenario.values()).map(Scenario::cliName).toList();
                    }

                    @Override
                    public String scenario() {
                        PiecesOsSimulator s = simulator.get();
                        return (s == null ? Scenario.UP_TO_DATE : s.scenario()).cliName();
                    }

                    @Override
                    public void play(String name) {
                        PiecesOsSimulator s = simulator.get();
                        if (s != null) {
                            s.setScenario(Scenario.fromName(name));
                            shellRef[0].refreshVisited();
                            services.dialogs().notify(words.get("simulator.playing", name));
                        }
                    }
                });
        monitor.stateProperty().addListener((o, was, now) -> settingsVm.refresh());
        SettingsSection settings = new SettingsSection(settingsVm, themes.explanationProperty(), info.name(),
                info.version());
        List<ShellView.Page> pages = List.of(
                new ShellView.Page("account", words.get("page.account"), Material2AL.ACCOUNT_CIRCLE, account),
                new ShellView.Page("permissions", words.get("page.permissions"), Material2MZ.SECURITY,
                        new PermissionsSection(context)),
                new ShellView.Page("device", words.get("page.device"), Material2AL.COMPUTER, new DeviceSection(context)),
                new ShellView.Page("updates", words.get("page.updates"), Material2MZ.SYSTEM_UPDATE_ALT, updates),
                new ShellView.Page("files", words.get("page.files"), Material2AL.FOLDER_OPEN,
                        new FilesSection(context, history)),
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
                                settingsVm.savedAddress().map(URI::toString).orElse("http://127.0.0.1:39300"))
                                .ifPresent(text -> useTypedAddress(text, services, words));
                    }
                });
        shellRef[0] = shell;
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
        // six PNGs decoded and scaled are ~50 ms of the JavaFX thread: after the first frame is drawn, not before
        onFirstLayout(scene, () -> javafx.application.Platform.runLater(() -> addIcons(stage)));
        stage.show();
        monitor.start();
        updates.setAutomaticCheckInterval(prefs.get().updateChecks());
        prefs.loadNotice().ifPresent(n -> services.dialogs().notify(n + " " + words.get("settings.seeSettings")));
    }

    /**
     * Runs {@code r} once, when the first frame has been laid out (it is drawn in the same pulse). One pulse
     * listener serves every such task, so none is removed while the scene walks its listeners.
     */
    @SuppressWarnings("unchecked")
    private static void onFirstLayout(Scene scene, Runnable r) {
        List<Runnable> tasks = (List<Runnable>) scene.getProperties().computeIfAbsent("panel.firstLayout", k -> {
            List<Runnable> list = new java.util.ArrayList<>();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                List<Runnable> due = List.copyOf(list);
                list.clear();
                due.forEach(Runnable::run);
            };
            scene.addPostLayoutPulseListener(once[0]);
            return list;
        });
        tasks.add(r);
    }

    private void markFirstFrameAndReady(Scene scene) {
        onFirstLayout(scene, () -> StartupMarks.mark("first-frame"));
        monitor.stateProperty().addListener((o, was, now) -> {
            if (now == ConnectionState.CONNECTED) {
                javafx.application.Platform.runLater(() -> {
                    StartupMarks.mark("ready");
                    StartupMarks.memory();
                });
            }
        });
    }

    /** Uses an address typed on the not-running page: a usable one (a remote one once agreed to) is saved too. */
    private void useTypedAddress(String text, PanelServices services, Words words) {
        AddressRule.Verdict v = AddressRule.check(text);
        if (v instanceof AddressRule.Verdict.Unusable u) {
            services.dialogs().notify(u.reason());
            return;
        }
        AddressRule.Verdict.Usable ok = (AddressRule.Verdict.Usable) v;
        if (!ok.loopback() && !services.dialogs().confirm(words.get("address.remote.title"),
                words.get("address.remote.text", ok.uri().toString()), words.get("address.remote.confirm"))) {
            return;
        }
        settingsVm.useAddress(ok.uri(), !ok.loopback());
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
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = PanelApplication.class.getResourceAsStream("/app/piecespanel/icons/app-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException ignored) {
                // an icon that cannot be read leaves the default one
            }
        }
        stage.getIcons().setAll(icons); // a stage used again (as in tests) wears these, not these on top of others
    }

    @Override
    public void stop() {
        if (history != null) {
            history.close();
        }
        if (prefs != null) {
            if (window != null) {
                prefs.update(p -> p.withWindow(window.current()));
            }
            prefs.close();
        }
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
