package app.piecespanel.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.piecespanel.api.model.Aesthetics;
import app.piecespanel.api.model.Font;
import app.piecespanel.api.model.Theme;
import app.piecespanel.api.model.UserProfile;
import app.piecespanel.settings.ThemeChoice;
import app.piecespanel.ui.common.UiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Which look the panel wears, and when it changes: what a person sees as light or dark. */
class ThemeControllerTest {
    private final SimpleObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final SimpleObjectProperty<UserProfile> user = new SimpleObjectProperty<>();
    private final List<Boolean> applied = new ArrayList<>();
    private final List<Boolean> remembered = new ArrayList<>();
    /** The system's answer arrives when the test says so, as a slow command would. */
    private final List<Runnable> pending = new ArrayList<>();
    private final Executor later = pending::add;

    private ThemeController controller(Optional<Boolean> lastTime, Optional<Boolean> systemNow) {
        ThemeController c = new ThemeController(choice, user, lastTime, () -> systemNow, later, UiThread.direct(),
                applied::add);
        c.onSystemRead(remembered::add);
        return c;
    }

    private void systemAnswers() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void opensAsTheSystemWasLastTimeThenFollowsItsAnswer() {
        ThemeController c = controller(Optional.of(true), Optional.of(false));
        c.start();
        assertEquals(List.of(true), applied, "dark from the first frame: no flash of light");
        systemAnswers();
        assertEquals(List.of(true, false), applied, "light once the system says so");
        assertEquals(List.of(false), remembered, "and remembered for next time");
        assertEquals("Your system is set to light.", c.explanationProperty().get());
    }

    @Test
    void aSystemThatDoesNotSayMeansLightAndSaysWhy() {
        ThemeController c = controller(Optional.empty(), Optional.empty());
        c.start();
        systemAnswers();
        assertEquals(false, c.darkProperty().get());
        assertEquals(List.of(), remembered);
        assertEquals("This system does not say whether it is dark, so the panel is light.", c.explanationProperty().get());
    }

    @Test
    void aFixedChoiceWinsAndSwitchesLive() {
        ThemeController c = controller(Optional.of(false), Optional.of(false));
        c.start();
        choice.set(ThemeChoice.DARK);
        assertEquals(true, c.darkProperty().get());
        assertEquals("", c.explanationProperty().get());
        choice.set(ThemeChoice.LIGHT);
        assertEquals(List.of(false, true, false), applied);
    }

    @Test
    void theAccountsThemeIsFollowedWhileSignedIn() {
        ThemeController c = controller(Optional.of(false), Optional.of(false));
        c.start();
        systemAnswers();
        choice.set(ThemeChoice.ACCOUNT);
        assertEquals(false, c.darkProperty().get(), "signed out: the system's");
        user.set(profile(true));
        assertEquals(true, c.darkProperty().get());
        assertEquals("Your Pieces account is set to dark.", c.explanationProperty().get());
        user.set(null);
        assertEquals(false, c.darkProperty().get(), "signed out again: the system's");
    }

    @Test
    void theSystemIsAskedAgainOnlyOnceAtATime() {
        ThemeController c = controller(Optional.empty(), Optional.of(true));
        c.start();
        c.recheckSystem();
        c.recheckSystem();
        assertEquals(1, pending.size(), "one question to the system at a time");
        systemAnswers();
        assertEquals(true, c.darkProperty().get());
    }

    private static UserProfile profile(boolean dark) {
        return new UserProfile(null, null, "a@example.com", null, null, "a", "id-1", "A",
                new Aesthetics(null, new Theme(null, dark), new Font(null, 12)), null, null, null, null);
    }

}
