package app.piecespanel.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.Generation;
import app.piecespanel.simulator.PickerRequest;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.testkit.TestPanel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Files page's view-model against the simulator over loopback, as a person would use it. */
class FilesViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String ELSEWHERE = "/srv/pieces-elsewhere/notes/todo.md";

    @TempDir
    Path dir;
    private TestPanel panel;
    private FilesViewModel vm;

    private void start(PiecesOsSimulator.Builder builder) {
        panel = TestPanel.direct(builder);
        vm = new FilesViewModel(panel.context);
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    private static void await(java.util.concurrent.CompletableFuture<Void> f) throws Exception {
        f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFilteredPickSendsTheExtensionsAndShowsWhatCameBackAsThisMachineSeesIt() throws Exception {
        start(PiecesOsSimulator.builder());
        Path readme = Files.writeString(dir.resolve("README.md"), "hello");
        panel.simulator.queueFilePick(List.of(readme.toString(), ELSEWHERE));

        vm.filterTextProperty().set("java, md");
        vm.commitFilterText(); // chips
        vm.filterTextProperty().set("TXT; JAVA"); // still typed, not yet a chip; java again
        await(vm.pickFiles());

        PickerRequest asked = panel.simulator.pickerRequests().get(0);
        assertEquals(List.of("java", "md", "TXT"), asked.allowedExtensions());
        assertEquals(Boolean.TRUE, asked.allowMultiple());
        assertEquals(List.of("java", "md", "TXT"), vm.extensions(), "what was typed became chips");
        assertEquals("", vm.filterTextProperty().get());

        assertEquals(2, vm.results().size());
        PickedPath here = vm.results().get(0);
        assertEquals("README.md", here.name());
        assertEquals(dir.toString(), here.folder());
        assertEquals(PickedPath.Kind.FILE, here.kind());
        assertTrue(here.existsHere());
        assertEquals(5, here.size().getAsLong());
        PickedPath away = vm.results().get(1);
        assertEquals("todo.md", away.name());
        assertEquals("/srv/pieces-elsewhere/notes", away.folder());
        assertFalse(away.existsHere());

        assertEquals(FilesViewModel.Tone.INFO, vm.noticeProperty().get().tone());
        assertEquals("2 files picked. 1 of them is not on this machine (PiecesOS may run on another one).",
                vm.noticeProperty().get().text());
        assertEquals(1, vm.history().size());
        assertEquals(List.of("java", "md", "TXT"), vm.history().get(0).extensions());
        assertSame(vm.history().get(0), vm.shownProperty().get());
        assertNull(vm.problemProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void withoutAFilterNoExtensionsAreSentAndSeveralFilesCanBeTurnedOff() throws Exception {
        start(PiecesOsSimulator.builder());
        panel.simulator.queueFilePick(List.of("/a/b.txt"));
        vm.allowMultipleProperty().set(false);
        await(vm.pickFiles());

        PickerRequest asked = panel.simulator.pickerRequests().get(0);
        assertNull(asked.allowedExtensions(), "no filter means any file, not an empty list");
        assertEquals(Boolean.FALSE, asked.allowMultiple());
        assertEquals("1 file picked. 1 of them is not on this machine (PiecesOS may run on another one).",
                vm.noticeProperty().get().text());
    }

    @Test
    void aCancelledDialogIsNothingSelectedNotAnError() throws Exception {
        start(PiecesOsSimulator.builder());
        panel.simulator.queueFolderPick(List.of());
        await(vm.pickFolders());

        assertNull(vm.problemProperty().get());
        assertEquals(FilesViewModel.Tone.INFO, vm.noticeProperty().get().tone());
        assertEquals("Nothing selected: the picker was closed without a choice.", vm.noticeProperty().get().text());
        assertEquals(1, vm.history().size());
        assertTrue(vm.history().get(0).nothingSelected());
        assertEquals(PickKind.FOLDERS, vm.history().get(0).kind());
        assertTrue(vm.results().isEmpty());
    }

    @Test
    void anInvalidFilterSendsNothingAndSaysWhatToWrite() throws Exception {
        start(PiecesOsSimulator.builder());
        String[][] cases = {
            {".java", "Leave out the dot: write java instead of .java."},
            {"*.md", "No wildcards needed: write md instead of *.md."},
            {"tar.gz", "An extension has no dots: write gz instead of tar.gz (the last part)."},
            {"c++", "Use letters and digits only: write c instead of c++."},
            {"*", "Use letters and digits only, like java or md: * cannot be used."},
            {"java, .md, *.txt", "Leave out the dot: write md instead of .md. One more needs fixing."},
        };
        for (String[] c : cases) {
            vm.filterTextProperty().set(c[0]);
            assertEquals(c[1], vm.filterMessageProperty().get(), "as typed: " + c[0]);
            await(vm.pickFiles());
            assertEquals(c[1], vm.filterMessageProperty().get());
        }
        vm.filterTextProperty().set(".java md");
        vm.commitFilterText();
        assertEquals(List.of("md"), vm.extensions(), "the valid part becomes a chip");
        assertEquals(".java", vm.filterTextProperty().get(), "what needs fixing stays in the field");

        assertTrue(panel.simulator.pickerRequests().isEmpty(), "nothing reached PiecesOS");
        assertEquals(0, panel.requestsTo("/os/files/pick") + panel.requestsTo("/os/filesystem/files/pick"));
        assertTrue(vm.history().isEmpty());

        vm.filterTextProperty().set("java");
        assertNull(vm.filterMessageProperty().get(), "fixed: the message goes");
        await(vm.pickFiles());
        assertEquals(List.of("md", "java"), panel.simulator.pickerRequests().get(0).allowedExtensions());
    }

    @Test
    void stoppingTheWaitAbandonsTheRequestAndKeepsWhatWasShown() throws Exception {
        start(PiecesOsSimulator.builder());
        panel.simulator.queueFilePick(List.of("/earlier/pick.txt"));
        await(vm.pickFiles());
        panel.simulator.setFault("/os/folders/pick", new Fault.Hang());

        vm.pickFolders();
        assertTrue(panel.simulator.awaitArrived("/os/folders/pick", WAIT));
        assertEquals(PickKind.FOLDERS, vm.waitingForProperty().get());
        assertTrue(vm.busyProperty().get());

        vm.cancelPick();
        assertTrue(panel.simulator.awaitAbandoned("/os/folders/pick", WAIT), "PiecesOS saw the request dropped");
        assertNull(vm.waitingForProperty().get());
        assertFalse(vm.busyProperty().get());
        assertNull(vm.problemProperty().get(), "stopping is not an error");
        assertEquals(FilesViewModel.Tone.WARNING, vm.noticeProperty().get().tone());
        assertEquals("Stopped waiting. If PiecesOS’s folder picker is still open, close it there.",
                vm.noticeProperty().get().text());
        assertEquals("pick.txt", vm.results().get(0).name(), "the earlier results stay");
        assertEquals(1, vm.history().size());

        panel.simulator.clearFaults();
        panel.simulator.queueFolderPick(List.of("/next/folder"));
        await(vm.pickFolders());
        assertEquals("folder", vm.results().get(0).name(), "the page works again");
    }

    @Test
    void theSeedGenerationsPickerPathsWork() throws Exception {
        start(PiecesOsSimulator.builder().generation(Generation.SEED));
        panel.simulator.queueFilePick(List.of("/home/ada/Main.java"));
        panel.simulator.queueFolderPick(List.of("/home/ada/projects"));
        vm.filterTextProperty().set("java");
        await(vm.pickFiles());
        await(vm.pickFolders());

        List<PickerRequest> asked = panel.simulator.pickerRequests();
        assertEquals("/os/files/pick", asked.get(0).path());
        assertEquals(List.of("java"), asked.get(0).allowedExtensions());
        assertEquals("/os/folders/pick", asked.get(1).path());
        assertEquals(List.of("projects"), vm.results().stream().map(PickedPath::name).toList());
        assertEquals(PickedPath.Kind.FOLDER, vm.results().get(0).kind(), "a folder picker returns folders");
        assertEquals(2, vm.history().size());
    }

    @Test
    void theCurrentGenerationsPickerPathsWorkAndCanBeCancelled() throws Exception {
        start(PiecesOsSimulator.builder().generation(Generation.CURRENT));
        panel.simulator.queueFilePick(List.of("C:\\Users\\ada\\notes.md"));
        vm.filterTextProperty().set("md");
        await(vm.pickFiles());

        PickerRequest asked = panel.simulator.pickerRequests().get(0);
        assertEquals("/os/filesystem/files/pick", asked.path());
        assertEquals(List.of("md"), asked.allowedExtensions());
        PickedPath windows = vm.results().get(0);
        assertEquals("notes.md", windows.name(), "a Windows path is split by its own separators");
        assertEquals("C:\\Users\\ada", windows.folder());
        assertFalse(windows.existsHere());

        panel.simulator.setFault("/os/filesystem/folders/pick", new Fault.Hang());
        vm.pickFolders();
        assertTrue(panel.simulator.awaitArrived("/os/filesystem/folders/pick", WAIT));
        vm.cancelPick();
        assertTrue(panel.simulator.awaitAbandoned("/os/filesystem/folders/pick", WAIT));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aFailureIsSaidPlainlyKeepsTheTableAndRetryAsksTheSameAgain() throws Exception {
        start(PiecesOsSimulator.builder());
        panel.simulator.queueFilePick(List.of("/first/a.md"));
        await(vm.pickFiles());
        PickRecord first = vm.shownProperty().get();

        panel.simulator.setFault("/os/files/pick", Fault.parse("status=500:picker crashed"));
        vm.filterTextProperty().set("md");
        await(vm.pickFiles());
        assertNotNull(vm.problemProperty().get());
        assertTrue(vm.problemProperty().get().sentence().contains("picker crashed"),
                vm.problemProperty().get().sentence());
        assertTrue(vm.problemProperty().get().details().contains("500"));
        assertSame(first, vm.shownProperty().get(), "what was on screen stays");
        assertEquals("a.md", vm.results().get(0).name());
        assertEquals(1, vm.history().size(), "a failed pick is not a pick");
        assertNull(vm.waitingForProperty().get());

        panel.simulator.clearFaults();
        panel.simulator.queueFilePick(List.of("/second/b.md"));
        vm.filterTextProperty().set("ignored"); // retry repeats what was asked, not what is typed now
        await(vm.retry());
        assertNull(vm.problemProperty().get());
        assertEquals("b.md", vm.results().get(0).name());
        List<PickerRequest> asked = panel.simulator.pickerRequests();
        assertEquals(List.of("md"), asked.get(asked.size() - 1).allowedExtensions());
    }

    @Test
    void historyIsNewestFirstShowsEarlierPicksAndCanBeCleared() throws Exception {
        start(PiecesOsSimulator.builder());
        panel.simulator.queueFilePick(List.of("/one/a.txt", "/one/b.txt"));
        panel.simulator.queueFolderPick(List.of("/two"));
        await(vm.pickFiles());
        await(vm.pickFolders());

        assertEquals(List.of(PickKind.FOLDERS, PickKind.FILES), vm.history().stream().map(PickRecord::kind).toList());
        assertEquals(List.of(1, 2), vm.history().stream().map(r -> r.results().size()).toList());
        assertFalse(vm.history().get(0).time().isBefore(vm.history().get(1).time()));

        vm.show(vm.history().get(1));
        await(vm.recheck());
        assertEquals(List.of("a.txt", "b.txt"), vm.results().stream().map(PickedPath::name).toList());

        vm.clearHistory();
        assertTrue(vm.history().isEmpty());
        assertTrue(vm.results().isEmpty());
        assertNull(vm.shownProperty().get());
    }

    @Test
    void copyTakesEverySelectedPathButOpenAndRevealOnlyWhatIsHere() throws Exception {
        start(PiecesOsSimulator.builder());
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path folder = Files.createDirectory(dir.resolve("sub"));
        panel.simulator.queueFilePick(List.of(file.toString(), ELSEWHERE, folder.toString()));
        await(vm.pickFiles());
        assertEquals(PickedPath.Kind.FOLDER, vm.results().get(2).kind(), "what it is here wins");

        assertFalse(vm.canCopyProperty().get());
        vm.select(List.of(vm.results().get(1)));
        assertTrue(vm.canCopyProperty().get());
        assertFalse(vm.canOpenProperty().get(), "nothing selected is here");
        vm.openSelected();
        assertTrue(panel.desktop.opened.isEmpty());

        vm.select(vm.results());
        vm.copySelectedPaths();
        assertEquals(file + "\n" + ELSEWHERE + "\n" + folder, panel.desktop.lastCopied());
        assertEquals("Copied 3 paths to the clipboard.", vm.noticeProperty().get().text());

        vm.openSelected();
        assertEquals(List.of(file, folder), panel.desktop.opened);
        assertEquals("Opened 2 items. 1 path is not on this machine and was skipped.", vm.noticeProperty().get().text());
        vm.revealSelected();
        assertEquals(List.of(file, folder), panel.desktop.revealed);
    }

    @Test
    void checkingAgainNoticesAPathThatWentAway() throws Exception {
        start(PiecesOsSimulator.builder());
        Path file = Files.writeString(dir.resolve("short-lived.txt"), "x");
        panel.simulator.queueFilePick(List.of(file.toString()));
        await(vm.pickFiles());
        vm.select(vm.results());
        assertTrue(vm.canOpenProperty().get());

        Files.delete(file);
        vm.openSelected();
        assertTrue(panel.desktop.opened.isEmpty(), "never asks the desktop to open what is gone");

        await(vm.recheck());
        assertFalse(vm.results().get(0).existsHere());
        assertEquals(1, vm.selection().size(), "the selection survives the fresh look");
        assertFalse(vm.canOpenProperty().get());
    }
}
