package app.piecespanel.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.model.OSServerUpdateStatus;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class FaultsTest {
    private PiecesOsSimulator sim;

    @BeforeEach
    void start() {
        sim = PiecesOsSimulator.builder().build().start();
    }

    @AfterEach
    void close() {
        sim.close();
    }

    private SimHttp.Raw raw(String method, String path, String body) throws IOException {
        return SimHttp.raw(sim.port(), method, path, body);
    }

    @Test
    void statusFaultAnswersTextAndTheEndpointDoesNothing() throws IOException {
        sim.setFault("/os/sign_in", Fault.status(500, "PiecesOS had a problem"));
        SimHttp.Raw r = raw("POST", "/os/sign_in", null);
        assertEquals(500, r.status());
        assertTrue(r.header("content-type").startsWith("text/plain"));
        assertEquals("PiecesOS had a problem", r.bodyText());
        assertFalse(sim.isSignedIn());
        assertEquals(200, raw("GET", "/os/permissions", null).status(), "other paths are unaffected");
        sim.setFault("*", Fault.parse("status=401"));
        assertEquals(401, raw("GET", "/os/permissions", null).status());
        assertEquals(401, raw("GET", "/.well-known/health", null).status());
        assertEquals(200, raw("GET", "/sim/avatar.png", null).status(), "the simulator's own extras are spared");
        assertEquals(500, raw("POST", "/os/sign_in", null).status(), "the exact path wins over *");
        sim.clearFaults();
        assertEquals(200, raw("POST", "/os/sign_in", null).status());
        assertTrue(sim.isSignedIn());
    }

    @Test
    void latencyDelaysANormalAnswer() throws IOException {
        sim.setFault("/os/permissions", Fault.latency(Duration.ofMillis(200)));
        SimHttp.Raw r = raw("GET", "/os/permissions", null);
        assertEquals(200, r.status());
        assertTrue(SimHttp.JSON.readTree(r.body()).has("processing"));
        assertTrue(sim.requests().get(0).took().compareTo(Duration.ofMillis(200)) >= 0);
    }

    @Test
    void hangNeverAnswersUntilTheClientLeaves() throws Exception {
        sim.setFault("/os/permissions", Fault.hang());
        try (Socket s = new Socket("127.0.0.1", sim.port())) {
            s.getOutputStream().write("GET /os/permissions HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            s.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read(), "no answer comes");
        }
        assertTrue(sim.awaitAbandoned("/os/permissions", Duration.ofSeconds(5)));
    }

    @Test
    void hangEndsWhenTheSimulatorCloses() throws Exception {
        sim.setFault("*", Fault.parse("hang"));
        SimHttp http = new SimHttp(sim);
        CompletableFuture<HttpResponse<String>> waiting = http.client().sendAsync(
                java.net.http.HttpRequest.newBuilder(sim.baseUri().resolve("/os/permissions")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(sim.awaitAbandoned("/os/permissions", Duration.ofMillis(100)));
        sim.close();
        var failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof IOException, failure.toString());
    }

    @Test
    void emptyBodyHtmlAndNoContent() throws IOException {
        sim.setFault("/os/permissions", Fault.emptyBody());
        SimHttp.Raw empty = raw("GET", "/os/permissions", null);
        assertEquals(200, empty.status());
        assertEquals("application/json", empty.header("content-type"));
        assertEquals("0", empty.header("content-length"));
        assertEquals(0, empty.body().length);

        sim.setFault("/os/permissions", Fault.html());
        SimHttp.Raw html = raw("GET", "/os/permissions", null);
        assertEquals(200, html.status());
        assertTrue(html.header("content-type").startsWith("text/html"));
        assertTrue(html.bodyText().startsWith("<!DOCTYPE html>"));

        sim.setFault("/os/permissions", Fault.parse("no-content"));
        SimHttp.Raw none = raw("GET", "/os/permissions", null);
        assertEquals(204, none.status());
        assertEquals(0, none.body().length);
    }

    @Test
    void truncatedJsonIsACutOffPrefixWithAMatchingLength() throws IOException {
        String whole = raw("GET", "/os/device/information", null).bodyText();
        sim.setFault("/os/device/information", Fault.truncatedJson());
        SimHttp.Raw cut = raw("GET", "/os/device/information", null);
        assertEquals(200, cut.status());
        assertEquals(String.valueOf(cut.body().length), cut.header("content-length"));
        assertTrue(cut.body().length < whole.length() && whole.startsWith(cut.bodyText()));
        assertThrows(JacksonException.class, () -> SimHttp.JSON.readTree(cut.body()));
    }

    @Test
    void wrongTypesKeepTheShapeButNotTheTypes() throws IOException {
        sim.setFault("/os/permissions", Fault.wrongTypes());
        JsonNode p = SimHttp.JSON.readTree(raw("GET", "/os/permissions", null).body());
        assertTrue(p.get("processing").get("vision").isString(), p.toString());
        assertTrue(p.get("processing").get("accessibility").isString(), p.toString());
        sim.setFault("/os/update/check", Fault.parse("wrong-types"));
        JsonNode u = SimHttp.JSON.readTree(raw("POST", "/os/update/check", "{}").body());
        assertTrue(u.get("status").isNumber(), u.toString());
    }

    @Test
    void missingRequiredFieldDropsWhatTheContractPromises() throws IOException {
        sim.setFault("/os/update/check", Fault.missingRequiredField());
        JsonNode u = SimHttp.JSON.readTree(raw("POST", "/os/update/check", "{}").body());
        assertFalse(u.has("status"), u.toString());
        sim.setFault("/os/device/information", Fault.parse("missing-field"));
        JsonNode d = SimHttp.JSON.readTree(raw("GET", "/os/device/information", null).body());
        assertTrue(d.has("dependencies") && !d.get("dependencies").has("vulkan"), d.toString());
    }

    @Test
    void unknownEnumAndExtraFieldsStillReadIntoTheModels() throws IOException {
        sim.setFault("/os/update/check", Fault.parse("unknown-enum"));
        byte[] body = raw("POST", "/os/update/check", "{}").body();
        JsonNode u = SimHttp.JSON.readTree(body);
        assertEquals("FUTURE_UP_TO_DATE", u.get("status").asString());
        assertTrue(u.has("simAddedInAFutureVersion"));
        var lenient = tools.jackson.databind.json.JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        OSServerUpdateStatus status = lenient.readValue(body, OSServerUpdateStatus.class);
        assertTrue(status.status().known().isEmpty());
    }

    @Test
    void hugeBodyIsValidJsonOfTheAskedSize() throws IOException {
        sim.setFault("/os/permissions", Fault.parse("huge=3MB"));
        SimHttp.Raw r = raw("GET", "/os/permissions", null);
        assertEquals(200, r.status());
        assertEquals(3L << 20, Long.parseLong(r.header("content-length")));
        assertEquals(3L << 20, r.body().length);
        JsonNode p = SimHttp.JSON.readTree(r.body());
        assertTrue(p.has("processing") && p.has("simPadding"));

        sim.setFault("/os/files/pick", Fault.hugeBody(100_000));
        sim.queueFilePick(List.of("/a"));
        JsonNode paths = SimHttp.JSON.readTree(raw("POST", "/os/files/pick", "{}").body());
        assertEquals(2, paths.size());
        assertEquals("/a", paths.get(1).asString());
    }

    @Test
    void dripSendsTheWholeAnswerSlowly() throws IOException {
        sim.setFault("/.well-known/version", Fault.parse("drip=2ms"));
        SimHttp.Raw r = raw("GET", "/.well-known/version", null);
        assertEquals(200, r.status());
        assertEquals("12.3.1", r.bodyText());
        int bytes = r.all().length;
        assertTrue(sim.requests().get(0).took().compareTo(Duration.ofMillis(2L * bytes)) >= 0);
    }

    @Test
    void dripStopsWhenTheClientLeaves() throws Exception {
        sim.setFault("/os/device/information", Fault.drip(Duration.ofMillis(20)));
        try (Socket s = new Socket("127.0.0.1", sim.port())) {
            s.getOutputStream().write("GET /os/device/information HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals('H', s.getInputStream().read());
        }
        assertTrue(sim.awaitAbandoned("/os/device/information", Duration.ofSeconds(5)));
    }

    @Test
    void resetCutsTheBodyAndResetsTheConnection() throws Exception {
        sim.setFault("/os/device/information", Fault.resetMidBody());
        SimHttp.Raw r = raw("GET", "/os/device/information", null);
        assertEquals(200, r.status());
        assertTrue(r.body().length < Long.parseLong(r.header("content-length")));
        SimHttp http = new SimHttp(sim);
        assertThrows(java.io.UncheckedIOException.class, () -> http.get("/os/device/information"));
    }

    @Test
    void invalidUtf8IsNotDecodable() throws IOException {
        for (String path : List.of("/os/device/information", "/os/permissions")) {
            sim.setFault(path, Fault.parse("invalid-utf8"));
            SimHttp.Raw r = raw("GET", path, null);
            assertEquals(200, r.status());
            assertEquals(String.valueOf(r.body().length), r.header("content-length"));
            assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(r.body())), path);
        }
    }

    @Test
    void faultsParseFromTheCommandLine() {
        assertEquals(Fault.latency(Duration.ofSeconds(2)), Fault.parse("latency=2s"));
        assertEquals(Fault.latency(Duration.ofMillis(1500)), Fault.parse("latency=1.5s"));
        assertEquals(Fault.hang(), Fault.parse("hang"));
        assertEquals(new Fault.Status(500, "Internal Server Error"), Fault.parse("status=500"));
        assertEquals(new Fault.Status(503, "later"), Fault.parse("status=503:later"));
        assertEquals(Fault.html(), Fault.parse("html"));
        assertEquals(Fault.truncatedJson(), Fault.parse("truncated"));
        assertEquals(Fault.wrongTypes(), Fault.parse("wrong-types"));
        assertEquals(Fault.missingRequiredField(), Fault.parse("missing-field"));
        assertEquals(Fault.unknownEnumAndExtraFields(), Fault.parse("unknown-enum"));
        assertEquals(Fault.hugeBody(50L << 20), Fault.parse("huge=50MB"));
        assertEquals(Fault.drip(Duration.ofMillis(100)), Fault.parse("drip=100ms"));
        assertEquals(Fault.resetMidBody(), Fault.parse("reset"));
        assertEquals(Fault.invalidUtf8(), Fault.parse("invalid-utf8"));
        assertEquals(Fault.noContent(), Fault.parse("no-content"));
        assertEquals(Fault.emptyBody(), Fault.parse("empty"));
        for (String bad : List.of("", "explode", "latency", "latency=soon", "status=abc", "hang=1", "huge=lots")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fault.parse(bad), bad);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void faultsAlsoWorkForTheJdkClient() throws Exception {
        sim.setFault("/os/permissions", Fault.status(503, "busy"));
        HttpResponse<String> r = new SimHttp(sim).get("/os/permissions");
        assertEquals(503, r.statusCode());
        assertEquals("busy", r.body());
    }
}
