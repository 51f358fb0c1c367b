package app.piecespanel.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.settings.SettingsStore;
import app.piecespanel.settings.ThemeChoice;
import app.piecespanel.ui.common.UiThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings changed while the panel runs: on disk in the background, and a disk that refuses is told once. */
class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void theLatestChangeIsOnDiskAfterAFlush() throws Exception {
        Preferences prefs = Preferences.load(new SettingsStore(dir), UiThread.direct());
        prefs.update(p -> p.withTheme(ThemeChoice.DARK));
        prefs.update(p -> p.withTheme(ThemeChoice.LIGHT));
        prefs.flush().get(5, TimeUnit.SECONDS);
        assertEquals(ThemeChoice.LIGHT, new SettingsStore(dir).load().settings().theme());
        prefs.close();
    }

    @Test
    void aDiskThatRefusesIsToldOnceAndTheSettingsStillApply() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file where the folder should be");
        Preferences prefs = Preferences.load(new SettingsStore(notADirectory), UiThread.direct());
        List<String> told = new CopyOnWriteArrayList<>();
        prefs.onSaveFailure(told::add);
        prefs.update(p -> p.withTheme(ThemeChoice.DARK));
        prefs.flush().get(5, TimeUnit.SECONDS);
        prefs.update(p -> p.withTheme(ThemeChoice.LIGHT));
        prefs.flush().get(5, TimeUnit.SECONDS);
        assertEquals(1, told.size(), "told once, not at every change: " + told);
        assertTrue(told.get(0).startsWith("Your settings could not be saved to " + notADirectory), told.get(0));
        assertEquals(ThemeChoice.LIGHT, prefs.get().theme(), "they apply for this run");
        prefs.close();
    }
}
