package app.piecespanel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.model.ExternalProviderType;
import app.piecespanel.api.model.FilePickerInput;
import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.api.model.OSProcessingPermissions;
import app.piecespanel.api.model.UpdatingStatus;
import app.piecespanel.api.model.UserProfile;
import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.Generation;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.Scenario;
import app.piecespanel.simulator.SimGpu;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client against the real simulator over loopback: what the panel sees of each answer and each failure. */
class OsApiClientTest {
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private final List<CallRecord> calls = new CopyOnWriteArrayList<>();

    private PiecesOsSimulator start(PiecesOsSimulator.Builder b) {
        PiecesOsSimulator sim = b.port(0).secretMarker("SEKRIT").build().start();
        open.add(sim);
        return sim;
    }

    private OsApiClient client(PiecesOsSimulator sim, ClientOptions options) {
        OsApiClient c = new OsApiClient(sim::baseUri, options.withListener(calls::add));
        open.add(c);
        return c;
    }

    private OsApiClient client(PiecesOsSimulator sim) {
        return client(sim, ClientOptions.defaults());
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static ApiFailure failure(CompletableFuture<?> f) {
        Throwable t = assertThrows(Throwable.class, f::join);
        return ApiFailure.of(t);
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void readsEveryReadOnlyOperationInEachGeneration(Generation generation) {
        var sim = start(PiecesOsSimulator.builder().generation(generation).version("12.3.1")
                .gpu(new SimGpu("Test GPU 9000", 8.0 * (1L << 30), true)));
        var client = client(sim);

        Health h = client.health().join();
        assertTrue(h.running());
        assertEquals(generation != Generation.SEED, h.wellKnown());
        assertEquals(generation == Generation.SEED ? java.util.Optional.empty() : java.util.Optional.of("12.3.1"),
                client.version().join());

        var device = client.deviceInformation().join();
        assertEquals("12.3.1", device.version());
        assertNotNull(device.hardware().cpu().name());
        assertTrue(device.hardware().cpu().memory() > 0);
        assertEquals("Test GPU 9000", device.hardware().gpu().name());
        assertEquals(Boolean.TRUE, device.hardware().gpu().capabilities().llm());

        var perms = client.permissions().join();
        assertEquals(Boolean.FALSE, perms.processing().vision());

        var update = client.checkForUpdate().join();
        assertTrue(update.status().is(UpdatingStatus.Known.UP_TO_DATE));
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void picksThroughWhicheverPathTheGenerationServesAndRemembersIt(Generation generation) {
        var sim = start(PiecesOsSimulator.builder().generation(generation));
        var client = client(sim);
        sim.queueFilePick(List.of("/home/ada/notes.md"));
        sim.queueFilePick(List.of("/home/ada/b.java"));
        sim.queueFolderPick(List.of("/home/ada/projects"));

        assertEquals(List.of("/home/ada/notes.md"), client.pickFiles(new FilePickerInput(null, List.of("md"), true)).join());
        assertEquals(List.of("/home/ada/b.java"), client.pickFiles(null).join());
        assertEquals(List.of("/home/ada/projects"), client.pickFolders().join());
        assertEquals(List.of(), client.pickFolders().join(), "an empty queue is a cancelled dialog");

        String filesPath = generation == Generation.CURRENT ? "/os/filesystem/files/pick" : "/os/files/pick";
        var filePicks = sim.requests().stream().filter(r -> r.path().equals(filesPath) && r.status() == 200).toList();
        assertEquals(2, filePicks.size());
        assertTrue(filePicks.get(0).body().contains("\"allowedExtensions\":[\"md\"]"), filePicks.get(0).body());
        long seedMisses = sim.requests().stream().filter(r -> r.path().equals("/os/files/pick") && r.status() == 404).count();
        assertEquals(generation == Generation.CURRENT ? 1 : 0, seedMisses, "the 404 is learnt once, then remembered");
    }

    @Test
    void signsInLinksAProviderAndSignsOut() {
        var sim = start(PiecesOsSimulator.builder());
        var client = client(sim);

        ApiFailure notYet = failure(client.linkProvider(ExternalProviderType.of(ExternalProviderType.Known.GOOGLE_OAUTH2)));
        assertInstanceOf(ApiFailure.NotSignedIn.class, notYet);
        assertFalse(((ApiFailure.NotSignedIn) notYet).serverText().isBlank());

        UserProfile me = client.signIn().join();
        assertNotNull(me.name());
        assertNotNull(me.email());
        assertNotNull(me.created().value());
        assertNotNull(me.aesthetics().theme().dark());
        assertTrue(me.allocation().status().cloud().is(app.piecespanel.api.model.AllocationStatus.Known.RUNNING));
        assertEquals(1, me.providers().iterable().size());
        assertTrue(me.providers().iterable().get(0).accessToken().reveal().startsWith("SEKRIT"));
        assertFalse(me.toString().contains("SEKRIT"), "secrets never print");

        var linked = client.linkProvider(ExternalProviderType.of(ExternalProviderType.Known.GOOGLE_OAUTH2)).join();
        assertEquals(2, linked.user().providers().iterable().size());

        var after = client.signOut().join();
        assertTrue(after.iterable().isEmpty());
        assertFalse(sim.isSignedIn());
    }

    @Test
    void requestsAPermissionAndReadsTheNewState() {
        var sim = start(PiecesOsSimulator.builder());
        var client = client(sim);
        var after = client.requestPermissions(new OSPermissions(null, new OSProcessingPermissions(null, true, null))).join();
        assertEquals(Boolean.TRUE, after.processing().vision());
        assertEquals(Boolean.TRUE, client.permissions().join().processing().vision());
        assertEquals(Boolean.FALSE, client.permissions().join().processing().accessibility());
    }

    @Test
    void restartAnswersAndTheServerComesBack() {
        var sim = start(PiecesOsSimulator.builder().restartDowntime(Duration.ofMillis(300)));
        var client = client(sim);
        client.restart().join();
        // it comes back by itself: wait for health on a deadline, as the panel does
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Health back = null;
        while (back == null && System.nanoTime() < deadline) {
            back = client.health().exceptionally(t -> null).join();
        }
        assertNotNull(back, "the simulator came back after its restart");
    }

    @Test
    void keepsAnUnknownUpdateStateAsSent() {
        var sim = start(PiecesOsSimulator.builder().scenario(Scenario.UNKNOWN_STATUS));
        var status = client(sim).checkForUpdate().join().status();
        assertTrue(status.known().isEmpty());
        assertFalse(status.value().isBlank());
    }

    @Test
    void readsTheDownloadProgressOfTheCurrentGeneration() {
        var sim = start(PiecesOsSimulator.builder().scenario(Scenario.UPDATE_AVAILABLE).downloadDuration(Duration.ofSeconds(30)));
        var client = client(sim);
        assertTrue(client.checkForUpdate().join().status().is(UpdatingStatus.Known.AVAILABLE));
        var downloading = client.checkForUpdate().join();
        assertTrue(downloading.status().is(UpdatingStatus.Known.DOWNLOADING));
        assertNotNull(downloading.percentage());
    }

    @Test
    void aClosedPortIsNotRunning() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var client = new OsApiClient(URI.create("http://127.0.0.1:" + port), ClientOptions.defaults().withListener(calls::add));
        open.add(client);
        ApiFailure f = failure(client.deviceInformation());
        assertInstanceOf(ApiFailure.NotRunning.class, f);
        assertTrue(f.plainMessage().contains("not running"), f.plainMessage());
        assertEquals(-1, calls.get(0).status());
        assertFalse(calls.get(0).ok());
    }

    @Test
    void aHangEndsInTimedOutAtTheDeadline() {
        var sim = start(PiecesOsSimulator.builder());
        sim.setFault("/os/permissions", Fault.hang());
        var client = client(sim, ClientOptions.defaults().withCallTimeout(Duration.ofMillis(400)));
        assertInstanceOf(ApiFailure.TimedOut.class, failure(client.permissions()));
    }

    @Test
    void aSlowDripEndsInTimedOutEvenThoughBytesKeepComing() {
        var sim = start(PiecesOsSimulator.builder());
        sim.setFault("/os/device/information", Fault.drip(Duration.ofMillis(100)));
        var client = client(sim, ClientOptions.defaults().withCallTimeout(Duration.ofMillis(700)));
        assertInstanceOf(ApiFailure.TimedOut.class, failure(client.deviceInformation()));
    }

    @Test
    void serverErrorsAndUnauthorizedAreTyped() {
        var sim = start(PiecesOsSimulator.builder());
        var client = client(sim);
        sim.setFault("/os/permissions", Fault.status(500, "database is locked"));
        ApiFailure f = failure(client.permissions());
        var se = assertInstanceOf(ApiFailure.ServerError.class, f);
        assertEquals(500, se.status());
        assertTrue(se.plainMessage().contains("database is locked"));
        sim.setFault("/os/permissions", Fault.status(401, "sign in first"));
        assertInstanceOf(ApiFailure.NotSignedIn.class, failure(client.permissions()));
    }

    @Test
    void answersThatDoNotMakeSenseAreBadResponsesSayingWhatAndWhere() {
        var sim = start(PiecesOsSimulator.builder());
        var client = client(sim, ClientOptions.defaults().withMaxBodyBytes(256 * 1024));
        record Case(Fault fault, String expectedInDetail) {}
        List<Case> cases = List.of(
                new Case(Fault.truncatedJson(), "/os/update/check"),
                new Case(Fault.html(), "content type"),
                new Case(Fault.emptyBody(), "empty"),
                new Case(Fault.noContent(), "empty"),
                new Case(Fault.invalidUtf8(), "UTF-8"),
                new Case(Fault.wrongTypes(), "/os/update/check"),
                new Case(Fault.missingRequiredField(), "status"),
                new Case(Fault.hugeBody(2L * 1024 * 1024), "limit"));
        for (Case c : cases) {
            sim.setFault("/os/update/check", c.fault());
            ApiFailure f = failure(client.checkForUpdate());
            assertInstanceOf(ApiFailure.BadResponse.class, f, c.fault() + " gave " + f.detail());
            assertTrue(f.detail().contains(c.expectedInDetail()), c.fault() + ": " + f.detail());
        }
        sim.clearFaults();
        assertTrue(client.checkForUpdate().join().status().is(UpdatingStatus.Known.UP_TO_DATE), "works again once the fault clears");
    }

    @Test
    void unknownEnumValuesAndExtraFieldsDoNotFailTheAnswer() {
        var sim = start(PiecesOsSimulator.builder());
        sim.setFault("*", Fault.unknownEnumAndExtraFields());
        var client = client(sim);
        assertTrue(client.checkForUpdate().join().status().known().isEmpty());
        assertNotNull(client.deviceInformation().join());
    }

    @Test
    void aResetMidBodyIsABrokenConnection() {
        var sim = start(PiecesOsSimulator.builder());
        sim.setFault("/os/device/information", Fault.resetMidBody());
        ApiFailure f = failure(client(sim).deviceInformation());
        var nr = assertInstanceOf(ApiFailure.NotRunning.class, f);
        assertTrue(nr.brokeOff());
    }

    @Test
    void cancellingSignInAbandonsTheRequestOnTheServer() throws Exception {
        var sim = start(PiecesOsSimulator.builder().signInWaitsForCompletion(true));
        var client = client(sim);
        CompletableFuture<UserProfile> signIn = client.signIn();
        assertTrue(sim.awaitArrived("/os/sign_in", Duration.ofSeconds(10)), "the sign-in reached PiecesOS");
        signIn.cancel(true);
        assertInstanceOf(ApiFailure.Cancelled.class, failure(signIn));
        assertTrue(sim.awaitAbandoned("/os/sign_in", Duration.ofSeconds(10)), "the simulator saw the client go away");
        assertFalse(sim.isSignedIn());
    }

    @Test
    void activityRecordsPathsStatusesAndNeverBodies() {
        var sim = start(PiecesOsSimulator.builder().signedIn(true));
        var client = client(sim);
        client.signIn().join();
        client.permissions().join();
        assertTrue(calls.stream().anyMatch(r -> r.path().equals("/os/permissions") && r.status() == 200 && r.ok()));
        assertTrue(calls.stream().noneMatch(r -> r.toString().contains("SEKRIT")));
        assertNull(calls.stream().filter(r -> !r.ok()).findFirst().orElse(null));
    }
}
