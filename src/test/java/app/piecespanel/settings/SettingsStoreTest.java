package app.piecespanel.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: what is saved comes back, and a damaged file costs nothing but a notice. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    private static final PanelSettings CHOSEN = new PanelSettings(ThemeChoice.DARK,
            Optional.of(URI.create("http://127.0.0.1:39301")), false, Duration.ofDays(1),
            Optional.of(new WindowPlace(120, 80, 1024, 700, false)), Optional.of(true));

    @Test
    void whatIsSavedIsReadBack() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("new-dir"));
        store.save(CHOSEN);
        SettingsStore.Loaded back = new SettingsStore(dir.resolve("new-dir")).load();
        assertEquals(CHOSEN, back.settings());
        assertEquals(Optional.empty(), back.notice());
    }

    @Test
    void noFileMeansDefaultsWithoutANotice() {
        SettingsStore.Loaded l = new SettingsStore(dir).load();
        assertEquals(PanelSettings.defaults(), l.settings());
        assertEquals(Optional.empty(), l.notice());
    }

    @Test
    void aGarbageFileMeansDefaultsANoticeAndTheFileKept() throws Exception {
        byte[] garbage = {0x00, (byte) 0xff, 'n', 'o', 't', ' ', 'j', 's', 'o', 'n', 0x1b};
        Files.write(dir.resolve("settings.json"), garbage);
        SettingsStore.Loaded l = new SettingsStore(dir).load();
        assertEquals(PanelSettings.defaults(), l.settings());
        String notice = l.notice().orElseThrow();
        assertTrue(notice.contains("not valid JSON") && notice.contains("defaults"), notice);
        assertArrayEquals(garbage, Files.readAllBytes(dir.resolve("settings.json.damaged")),
                "the damaged file is kept as it was");
    }

    @Test
    void aTruncatedFileMeansDefaultsAndANotice() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(CHOSEN);
        String whole = Files.readString(store.file());
        Files.writeString(store.file(), whole.substring(0, whole.length() / 2));
        SettingsStore.Loaded l = store.load();
        assertEquals(PanelSettings.defaults(), l.settings());
        assertTrue(l.notice().isPresent());
    }

    @Test
    void anEmptyFileMeansDefaultsAndANotice() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "");
        SettingsStore.Loaded l = new SettingsStore(dir).load();
        assertEquals(PanelSettings.defaults(), l.settings());
        assertTrue(l.notice().orElseThrow().contains("could not be used"), l.notice().get());
    }

    @Test
    void oneBadValueLosesOnlyThatValue() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
                {"theme": "purple", "address": "http://localhost:39305", "updateCheckMinutes": 60,
                 "window": {"x": 10, "y": 20, "width": 900, "height": 600}}""");
        SettingsStore.Loaded l = new SettingsStore(dir).load();
        assertEquals(ThemeChoice.SYSTEM, l.settings().theme(), "the bad theme is back to its default");
        assertEquals(Optional.of(URI.create("http://localhost:39305")), l.settings().address());
        assertEquals(Duration.ofHours(1), l.settings().updateChecks());
        assertEquals(Optional.of(new WindowPlace(10, 20, 900, 600, false)), l.settings().window());
        assertTrue(l.notice().orElseThrow().contains("theme"), l.notice().get());
    }

    @Test
    void aRemoteAddressWithoutTheOptInIsNotUsed() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"address\": \"http://10.1.2.3:39300\"}");
        assertEquals(Optional.empty(), new SettingsStore(dir).load().settings().address());
        Files.writeString(dir.resolve("settings.json"), "{\"address\": \"http://10.1.2.3:39300\", \"allowRemote\": true}");
        assertEquals(Optional.of(URI.create("http://10.1.2.3:39300")), new SettingsStore(dir).load().settings().address());
    }

    @Test
    void readersNeverSeeHalfAFileWhileItIsRewritten() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(CHOSEN);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 300; i++) {
                    store.save(CHOSEN.withWindow(new WindowPlace(i, i, 800 + i, 600, i % 2 == 0)));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> notices = new ArrayList<>();
        int reads = 0;
        while (!writer.isDone() || reads < 50) {
            new SettingsStore(dir).load().notice().ifPresent(notices::add);
            reads++;
        }
        writer.join();
        assertEquals(List.of(), notices, "every read found a whole file");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("settings.json")), left.toList(), "no temporary file is left behind");
        }
        assertTrue(Files.readString(store.file(), StandardCharsets.UTF_8).contains("\"width\" : 1099"));
    }

    @Test
    void anEarlyReadIsWhatTheStoreOfThatDirectoryLoads() throws Exception {
        new SettingsStore(dir).save(CHOSEN);
        SettingsStore.readEarly(dir);
        assertEquals(CHOSEN, new SettingsStore(dir).load().settings());
        Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"light\"}");
        assertEquals(ThemeChoice.LIGHT, new SettingsStore(dir).load().settings().theme(),
                "taken once: a later load reads the file as it is now");
    }
}
