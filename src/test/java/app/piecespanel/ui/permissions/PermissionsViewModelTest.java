package app.piecespanel.ui.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.RecordedRequest;
import app.piecespanel.simulator.Scenario;
import app.piecespanel.simulator.SimPlatform;
import app.piecespanel.ui.testkit.Await;
import app.piecespanel.ui.testkit.TestPanel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The permissions as a person lives them, against the simulator over loopback. */
class PermissionsViewModelTest {
    private TestPanel panel;
    private PermissionsViewModel vm;

    private void start(PiecesOsSimulator.Builder b, String os) {
        panel = TestPanel.direct(b);
        vm = new PermissionsViewModel(panel.context, Locale.UK, os, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    private void load() {
        vm.refresh();
        Await.until("the permissions read", () -> vm.loadedProperty().get());
    }

    private List<String> requestBodies() {
        return panel.simulator.requests().stream().filter(r -> r.path().equals("/os/permissions/request"))
                .map(RecordedRequest::body).toList();
    }

    @Test
    void readsBothAsNotGrantedOnAFreshMac() {
        start(PiecesOsSimulator.builder().platform(SimPlatform.MACOS), "Mac OS X");
        assertEquals(GrantState.UNKNOWN, vm.getState(Permission.VISION), "not read yet");
        load();
        assertEquals(GrantState.NOT_GRANTED, vm.getState(Permission.VISION));
        assertEquals(GrantState.NOT_GRANTED, vm.getState(Permission.ACCESSIBILITY));
        assertTrue(vm.applies());
        assertTrue(vm.helpText().contains("Privacy & Security > Screen Recording"), vm.helpText());
        assertTrue(vm.helpText().contains("Privacy & Security > Accessibility"), vm.helpText());
        assertFalse(vm.helpText().contains("Windows"), "only this system's help");
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void grantingAsksForThatPermissionOnlyAndReadsAgain(Permission p) {
        start(PiecesOsSimulator.builder().platform(SimPlatform.WINDOWS)
                .permissionGrantDelay(Duration.ofMillis(200)), "Windows 11");
        load();
        long readsBefore = panel.requestsTo("/os/permissions");

        vm.grant(p);
        assertTrue(vm.isBusy());
        assertEquals(p, vm.grantingProperty().get());
        vm.grant(other(p)); // a click on the other Grant while the first is asked
        Await.until("granted", () -> vm.getState(p) == GrantState.GRANTED);

        assertEquals(GrantState.NOT_GRANTED, vm.getState(other(p)), "the other one is left alone");
        List<String> bodies = requestBodies();
        assertEquals(1, bodies.size(), "one request, for " + p);
        String wanted = p == Permission.VISION ? "vision" : "accessibility";
        String notWanted = p == Permission.VISION ? "accessibility" : "vision";
        assertTrue(bodies.get(0).contains("\"" + wanted + "\":true"), bodies.get(0));
        assertFalse(bodies.get(0).contains(notWanted), bodies.get(0));
        Await.until("settled", () -> !vm.isBusy() && vm.grantingProperty().get() == null);
        assertTrue(panel.requestsTo("/os/permissions") > readsBefore, "read again after the request");
        assertNull(vm.grantingProperty().get());
        assertNull(vm.getProblem());
        assertEquals("", vm.noticeProperty().get());
        assertTrue(vm.helpText().contains("Screenshots and apps"), vm.helpText());
    }

    private static Permission other(Permission p) {
        return p == Permission.VISION ? Permission.ACCESSIBILITY : Permission.VISION;
    }

    @Test
    void aGrantThatRestartsPiecesOsIsWaitedOutAndReadWhenBack() throws Exception {
        start(PiecesOsSimulator.builder().scenario(Scenario.GRANT_RESTARTS)
                .restartDowntime(Duration.ofMillis(700)), "Mac OS X");
        load();

        vm.grant(Permission.VISION);
        Await.until("restarting is said", vm::isRestarting);
        assertNull(vm.getProblem(), "a restart is not an error");
        assertTrue(vm.isBusy(), "no Grant while it restarts");

        Await.until("back and read", () -> !vm.isRestarting() && !vm.isBusy());
        assertEquals(GrantState.GRANTED, vm.getState(Permission.VISION));
        assertEquals(GrantState.NOT_GRANTED, vm.getState(Permission.ACCESSIBILITY));
        assertNull(vm.getProblem());
    }

    @Test
    void onLinuxThereIsNothingToGrant() {
        start(PiecesOsSimulator.builder().platform(SimPlatform.LINUX), "Linux");
        load();
        assertFalse(vm.applies());
        assertEquals(GrantState.NOT_NEEDED, vm.getState(Permission.VISION));
        assertEquals(GrantState.NOT_NEEDED, vm.getState(Permission.ACCESSIBILITY));

        vm.grant(Permission.VISION);
        assertFalse(vm.isBusy());
        assertTrue(requestBodies().isEmpty(), "nothing is asked for where nothing exists");
    }

    @Test
    void aFailedReadKeepsWhatWasShownAndRetryWorks() {
        start(PiecesOsSimulator.builder().platform(SimPlatform.MACOS), "Mac OS X");
        load();
        panel.simulator.setFault("/os/permissions", Fault.parse("status=500:database locked"));
        vm.refresh();
        Await.until("a problem", () -> vm.getProblem() != null);
        assertTrue(vm.getProblem().sentence().contains("database locked"));
        assertEquals(GrantState.NOT_GRANTED, vm.getState(Permission.VISION), "what was on screen stays");

        panel.simulator.clearFaults();
        vm.retry();
        Await.until("problem gone", () -> vm.getProblem() == null && !vm.isBusy());
        Await.until("read again", () -> panel.requestsTo("/os/permissions") >= 3);
    }

    @Test
    void aFailedGrantIsAProblemAndRetryAsksAgain() {
        start(PiecesOsSimulator.builder().platform(SimPlatform.MACOS), "Mac OS X");
        load();
        panel.simulator.setFault("/os/permissions/request", Fault.parse("status=500:prompt failed"));
        vm.grant(Permission.ACCESSIBILITY);
        Await.until("a problem", () -> vm.getProblem() != null);
        assertFalse(vm.isRestarting());

        panel.simulator.clearFaults();
        vm.retry();
        Await.until("granted", () -> vm.getState(Permission.ACCESSIBILITY) == GrantState.GRANTED);
        assertEquals(2, requestBodies().size());
    }

    @Test
    void aGrantPiecesOsDoesNotApplySaysWhereTheSystemSwitchIs() {
        // PiecesOS answers, but the permission stays off (the person said no to the system's prompt)
        start(PiecesOsSimulator.builder().platform(SimPlatform.MACOS).permissionsDeclined(true), "Mac OS X");
        load();
        vm.grant(Permission.VISION);
        Await.until("the follow-up", () -> !vm.noticeProperty().get().isEmpty());
        assertEquals(GrantState.NOT_GRANTED, vm.getState(Permission.VISION));
        assertEquals(1, requestBodies().size(), "it was asked for");
        assertTrue(vm.noticeProperty().get().contains("not granted yet"), vm.noticeProperty().get());
        assertTrue(vm.noticeProperty().get().contains("Screen Recording"), vm.noticeProperty().get());
    }
}
