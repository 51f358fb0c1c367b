package app.piecespanel.ui.settings;

import app.piecespanel.api.model.UserProfile;
import app.piecespanel.settings.ThemeChoice;
import app.piecespanel.ui.common.UiThread;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Decides whether the panel is dark, from the person's choice, the system's appearance (read in the background,
 * again whenever asked, e.g. when the window comes back to the front) and the theme of their Pieces account, and
 * applies it live.
 */
public final class ThemeController {
    private final ObservableValue<ThemeChoice> choice;
    private final ObservableValue<UserProfile> user;
    private final Supplier<Optional<Boolean>> system;
    private final Executor background;
    private final UiThread ui;
    private final Consumer<Boolean> apply;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private Optional<Boolean> systemDark;
    private Consumer<Boolean> systemRead = d -> { };
    private boolean checking;

    /**
     * @param systemLastTime the system's appearance when last read (in an earlier run), used until it answers now
     * @param system reads the system's appearance (slow: it may run a command); called on {@code background}
     * @param apply switches the look; called on the UI thread when darkness changes (and once at start)
     */
    public ThemeController(ObservableValue<ThemeChoice> choice, ObservableValue<UserProfile> user,
            Optional<Boolean> systemLastTime, Supplier<Optional<Boolean>> system, Executor background, UiThread ui, Consumer<Boolean> apply) {
        this.choice = choice;
        this.user = user;
        this.system = system;
        this.background = background;
        this.ui = ui;
        this.apply = apply;
        this.systemDark = systemLastTime;
        choice.addListener((o, a, b) -> decide());
        user.addListener((o, a, b) -> decide());
        dark.addListener((o, a, b) -> apply.accept(b));
    }

    /** Told each answer of the system (on the UI thread), to remember it for next time. */
    public void onSystemRead(Consumer<Boolean> listener) {
        systemRead = listener;
    }

    /** Applies the choice now (as the system was last time, when following it) and reads the system again. */
    public void start() {
        boolean before = dark.get();
        decide();
        if (dark.get() == before) {
            apply.accept(before); // unchanged, so the listener did not apply it
        }
        recheckSystem();
    }

    /** Reads the system's appearance again in the background; the look follows if it changed. */
    public void recheckSystem() {
        if (checking) {
            return;
        }
        checking = true;
        CompletableFuture.supplyAsync(system, background)
                .exceptionally(e -> Optional.empty())
                .thenAccept(answer -> ui.execute(() -> {
                    checking = false;
                    if (answer.isPresent()) {
                        systemRead.accept(answer.get());
                    }
                    systemDark = answer;
                    decide();
                }));
    }

    private void decide() {
        ThemeChoice c = choice.getValue();
        Optional<Boolean> account = Optional.ofNullable(user.getValue())
                .map(UserProfile::aesthetics).map(a -> a.theme()).map(t -> t.dark());
        boolean d;
        String why;
        switch (c) {
            case LIGHT -> {
                d = false;
                why = "";
            }
            case DARK -> {
                d = true;
                why = "";
            }
            case ACCOUNT -> {
                if (account.isPresent()) {
                    d = account.get();
                    why = "Your Pieces account is set to " + (d ? "dark" : "light") + ".";
                } else {
                    d = systemDark.orElse(false);
                    why = "No Pieces account theme to follow (signed out), so the panel follows the system: "
                            + (systemDark.isPresent() ? (d ? "dark." : "light.") : "light, as the system does not say.");
                }
            }
            default -> {
                d = systemDark.orElse(false);
                why = systemDark.isPresent() ? "Your system is set to " + (d ? "dark" : "light") + "."
                        : "This system does not say whether it is dark, so the panel is light.";
            }
        }
        explanation.set(why);
        dark.set(d);
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Why the panel is light or dark when it follows something (the system, the account); empty otherwise. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
