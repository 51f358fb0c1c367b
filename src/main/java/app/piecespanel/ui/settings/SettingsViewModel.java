package app.piecespanel.ui.settings;

import app.piecespanel.settings.AddressRule;
import app.piecespanel.settings.PanelSettings;
import app.piecespanel.settings.ThemeChoice;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The Settings page's state: the theme, the connection (automatic or an address, validated, a remote one only with
 * the person's explicit agreement), how often to check for updates, the simulator's scenario while it runs, and
 * the settings file. Every change is saved through {@link Preferences} and handed to the part of the panel it
 * concerns through {@link Actions}.
 */
public final class SettingsViewModel {

    /** What the settings drive elsewhere in the panel. */
    public interface Actions {
        /** Look for PiecesOS now, with the connection settings of the moment. */
        void searchAgain();

        /** Ask PiecesOS to restart (with confirmation). */
        void restart();

        /** The person chose connection settings: from now on look for PiecesOS with them (over the command line's). */
        void connectionChanged();

        /** How often the Updates page checks by itself ({@link Duration#ZERO}: never). */
        void updateInterval(Duration every);
    }

    /** The built-in simulator, while the panel uses it. */
    public interface Simulator {
        List<String> scenarios();

        String scenario();

        /** Switches the simulator to {@code scenario}; the pages re-read. */
        void play(String scenario);
    }

    private final Preferences prefs;
    private final Actions actions;
    private final Supplier<String> connectionDetails;
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty automatic = new SimpleBooleanProperty(this, "automatic", true);
    private final StringProperty addressText = new SimpleStringProperty(this, "addressText", "");
    private final BooleanProperty allowRemote = new SimpleBooleanProperty(this, "allowRemote");
    private final ReadOnlyStringWrapper addressProblem = new ReadOnlyStringWrapper(this, "addressProblem", "");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");
    private final ObjectProperty<Duration> updateInterval = new SimpleObjectProperty<>(this, "updateInterval");
    private final ObjectProperty<String> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObservableBooleanValue simulatorShown;
    private final Simulator simulator;
    private boolean followingSimulator;

    public SettingsViewModel(Preferences prefs, Actions actions, Supplier<String> connectionDetails,
            ObservableBooleanValue simulatorShown, Simulator simulator) {
        this.prefs = prefs;
        this.actions = actions;
        this.connectionDetails = connectionDetails;
        this.simulatorShown = simulatorShown;
        this.simulator = simulator;
        PanelSettings s = prefs.get();
        theme.set(s.theme());
        automatic.set(s.address().isEmpty());
        addressText.set(s.address().map(URI::toString).orElse(""));
        allowRemote.set(s.allowRemote());
        updateInterval.set(s.updateChecks());
        theme.addListener((o, a, b) -> {
            if (b != null) {
                prefs.update(p -> p.withTheme(b));
            }
        });
        updateInterval.addListener((o, a, b) -> {
            if (b != null) {
                prefs.update(p -> p.withUpdateChecks(b));
                actions.updateInterval(b);
            }
        });
        addressText.addListener((o, a, b) -> addressProblem.set(""));
        allowRemote.addListener((o, a, b) -> addressProblem.set(""));
        scenario.set(simulator.scenario());
        scenario.addListener((o, a, b) -> {
            if (b != null && !b.equals(a) && !followingSimulator) {
                simulator.play(b);
            }
        });
        simulatorShown.addListener((o, a, b) -> {
            if (b) {
                // show what the simulator plays now (it may have started with --scenario); this is no choice
                followingSimulator = true;
                try {
                    scenario.set(simulator.scenario());
                } finally {
                    followingSimulator = false;
                }
            }
        });
        refresh();
    }

    /**
     * Uses the connection choice on the page: automatic, or the typed address when it is usable. Returns false
     * (with the reason in {@link #addressProblemProperty()}) when it is not; nothing changes then.
     */
    public boolean applyConnection() {
        if (automatic.get()) {
            return use(Optional.empty());
        }
        AddressRule.Verdict v = AddressRule.check(addressText.get());
        if (v instanceof AddressRule.Verdict.Unusable u) {
            addressProblem.set(u.reason());
            return false;
        }
        AddressRule.Verdict.Usable ok = (AddressRule.Verdict.Usable) v;
        if (!ok.loopback() && !allowRemote.get()) {
            addressProblem.set(ok.uri().getHost() + " is not this computer. To use it, tick “Allow an address on "
                    + "another computer” first, and read why it is risky.");
            return false;
        }
        addressText.set(ok.uri().toString());
        return use(Optional.of(ok.uri()));
    }

    /** An address chosen elsewhere (the not-running page's dialog): shown here, saved, and used. */
    public void useAddress(URI address, boolean remote) {
        automatic.set(false);
        addressText.set(address.toString());
        allowRemote.set(remote);
        use(Optional.of(address));
    }

    private boolean use(Optional<URI> address) {
        addressProblem.set("");
        prefs.update(p -> p.withAddress(address, allowRemote.get()));
        actions.connectionChanged();
        refresh();
        return true;
    }

    /** The address PiecesOS is looked for first, from the saved settings (empty: automatic). */
    public Optional<URI> savedAddress() {
        return prefs.get().address();
    }

    public void searchAgain() {
        actions.searchAgain();
        refresh();
    }

    public void restart() {
        actions.restart();
    }

    public void refresh() {
        connection.set(connectionDetails.get());
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public BooleanProperty automaticProperty() {
        return automatic;
    }

    public StringProperty addressTextProperty() {
        return addressText;
    }

    public BooleanProperty allowRemoteProperty() {
        return allowRemote;
    }

    /** Why the typed address was not used; empty when there is nothing to say. */
    public ReadOnlyStringProperty addressProblemProperty() {
        return addressProblem.getReadOnlyProperty();
    }

    public ObservableStringValue connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ObjectProperty<Duration> updateIntervalProperty() {
        return updateInterval;
    }

    public ObservableBooleanValue simulatorShownProperty() {
        return simulatorShown;
    }

    public List<String> scenarios() {
        return simulator.scenarios();
    }

    public ObjectProperty<String> scenarioProperty() {
        return scenario;
    }

    public String settingsFile() {
        return prefs.file().toString();
    }

    public Optional<String> loadNotice() {
        return prefs.loadNotice();
    }
}
