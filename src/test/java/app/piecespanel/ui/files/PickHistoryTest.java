package app.piecespanel.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.settings.PickHistoryStore;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.testkit.Await;
import app.piecespanel.ui.testkit.TestPanel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Files page's earlier picks are there again in the next run; an unreadable history costs only a notice. */
class PickHistoryTest {
    @TempDir
    Path config;
    @TempDir
    Path files;
    private TestPanel panel;

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    @Test
    void picksAreThereAgainNextRunLookedUpAfresh() throws Exception {
        panel = TestPanel.direct(PiecesOsSimulator.builder());
        Path notes = Files.writeString(files.resolve("notes.md"), "hi");
        PickHistoryStore store = new PickHistoryStore(config);
        FilesViewModel first = new FilesViewModel(panel.context, store);
        first.readEarlierPicks();
        panel.simulator.queueFilePick(List.of(notes.toString(), "/srv/elsewhere/a.txt"));
        first.filterTextProperty().set("md");
        first.pickFiles().get(10, TimeUnit.SECONDS);
        first.pickFolders().get(10, TimeUnit.SECONDS);
        store.close();

        Files.delete(notes); // gone since: the next run looks it up again
        PickHistoryStore again = new PickHistoryStore(config);
        FilesViewModel next = new FilesViewModel(panel.context, again);
        next.readEarlierPicks();
        Await.until("the earlier picks are back", () -> next.history().size() == 2);
        PickRecord files = next.history().get(1);
        assertEquals(PickKind.FILES, files.kind());
        assertEquals(List.of("md"), files.extensions());
        assertEquals(List.of(notes.toString(), "/srv/elsewhere/a.txt"),
                files.results().stream().map(PickedPath::path).toList());
        assertTrue(files.results().stream().noneMatch(PickedPath::existsHere), "looked up afresh, not remembered");
        assertEquals(PickKind.FOLDERS, next.history().get(0).kind());

        next.clearHistory();
        again.close();
        assertEquals(List.of(), new PickHistoryStore(config).load().picks(), "cleared on disk too");
    }

    @Test
    void anUnreadableHistoryMeansAnEmptyListANoticeAndTheFileKept() throws Exception {
        panel = TestPanel.direct(PiecesOsSimulator.builder());
        Files.writeString(config.resolve("history.json"), "{\"picks\": [{\"time\": \"yesterday\"");
        FilesViewModel vm = new FilesViewModel(panel.context, new PickHistoryStore(config));
        vm.readEarlierPicks();
        Await.until("told", () -> vm.noticeProperty().get() != null);
        assertEquals(FilesViewModel.Tone.WARNING, vm.noticeProperty().get().tone());
        assertTrue(vm.noticeProperty().get().text().contains("history.json.damaged"), vm.noticeProperty().get().text());
        assertEquals(0, vm.history().size());
        assertEquals("{\"picks\": [{\"time\": \"yesterday\"", Files.readString(config.resolve("history.json.damaged")));
    }

    @Test
    void onePickThatMakesNoSenseIsLeftOutAndTheRestKept() throws Exception {
        Files.writeString(config.resolve("history.json"), """
                {"picks": [
                  {"time": "2026-11-28T10:00:00Z", "kind": "files", "extensions": [], "paths": ["/a"]},
                  {"time": "2026-11-28T11:00:00Z", "kind": "printers", "extensions": [], "paths": ["/b"]},
                  {"time": "2026-11-28T12:00:00Z", "kind": "folders", "extensions": [], "paths": [404]}
                ]}""");
        PickHistoryStore.Loaded loaded = new PickHistoryStore(config).load();
        assertEquals(1, loaded.picks().size());
        assertEquals(List.of("/a"), loaded.picks().get(0).paths());
        assertTrue(loaded.notice().orElseThrow().startsWith("2 of your earlier picks"), loaded.notice().get());
    }
}
