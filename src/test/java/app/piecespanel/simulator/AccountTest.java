package app.piecespanel.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.model.UserProfile;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AccountTest {
    private PiecesOsSimulator sim;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void signInReturnsACompleteProfileAndSignOutClearsIt() throws Exception {
        sim = PiecesOsSimulator.builder().secretMarker("leak-probe").build().start();
        SimHttp http = new SimHttp(sim);
        assertFalse(sim.isSignedIn());
        HttpResponse<String> signIn = http.post("/os/sign_in", null);
        assertEquals(200, signIn.statusCode());
        assertTrue(sim.isSignedIn());
        JsonNode user = SimHttp.json(signIn);
        for (String field : List.of("id", "name", "username", "email", "picture", "vanityname")) {
            assertFalse(user.get(field).asString().isBlank(), field);
        }
        assertFalse(user.get("aesthetics").get("theme").get("dark").booleanValue());
        assertEquals(12, user.get("aesthetics").get("font").get("size").intValue());
        assertTrue(user.get("created").get("value").asString().matches("\\d{4}-\\d\\d-\\d\\dT.*"));
        assertTrue(user.has("updated"));
        JsonNode allocation = user.get("allocation");
        assertEquals("RUNNING", allocation.get("status").get("cloud").asString());
        for (String url : List.of("base", "id", "vanity")) {
            assertTrue(allocation.get("urls").get(url).get("url").asString().startsWith("https://"), url);
        }
        JsonNode github = user.get("providers").get("iterable").get(0);
        assertEquals("github", github.get("type").asString());
        assertTrue(github.get("profileData").get("html_url").asString().startsWith("https://github.com/"));
        assertFalse(github.get("profileData").get("name").asString().isBlank());
        assertTrue(github.get("access_token").asString().startsWith("leak-probe-"));
        JsonNode auth0 = user.get("auth0");
        assertTrue(auth0.get("cloud_key").asString().startsWith("leak-probe-"));
        assertTrue(auth0.get("stripe_customer_id").asString().startsWith("leak-probe-"));
        assertTrue(auth0.get("open_AI").get("api_key").asString().startsWith("leak-probe-"));
        assertTrue(auth0.get("open_AI").get("organization_key").asString().startsWith("leak-probe-"));
        List<String> secrets = List.of(github.get("access_token").asString(), auth0.get("cloud_key").asString(),
                auth0.get("stripe_customer_id").asString(), auth0.get("open_AI").get("api_key").asString());
        assertEquals(secrets.size(), secrets.stream().distinct().count(), "every secret is unique");

        // the profile reads into the shared wire records, and its picture is served by the simulator itself
        UserProfile profile = SimHttp.JSON.readValue(signIn.body(), UserProfile.class);
        assertTrue(profile.picture().startsWith(sim.baseUri().toString()), profile.picture());
        HttpResponse<byte[]> avatar = http.client().send(HttpRequest.newBuilder(java.net.URI.create(profile.picture()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, avatar.statusCode());
        assertEquals("image/png", SimHttp.contentType(avatar));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(avatar.body(), 4));

        HttpResponse<String> signOut = http.post("/os/sign_out", null);
        assertEquals(200, signOut.statusCode());
        assertEquals(0, SimHttp.json(signOut).get("iterable").size());
        assertFalse(sim.isSignedIn());
        assertEquals(401, http.post("/os/link_provider", "{\"type\":\"github\"}").statusCode());

        // a new sign-in hands out new secrets
        JsonNode again = SimHttp.json(http.post("/os/sign_in", null));
        assertNotEquals(auth0.get("cloud_key").asString(), again.get("auth0").get("cloud_key").asString());
    }

    @Test
    void linkProviderNeedsASignedInUserAndLinksEachTypeOnce() {
        sim = PiecesOsSimulator.builder().build().start();
        SimHttp http = new SimHttp(sim);
        HttpResponse<String> signedOut = http.post("/os/link_provider", "{\"type\":\"google-oauth2\"}");
        assertEquals(401, signedOut.statusCode());
        assertEquals("User is not signed in.", signedOut.body());
        assertTrue(SimHttp.contentType(signedOut).startsWith("text/plain"));

        http.post("/os/sign_in", null);
        JsonNode first = SimHttp.json(http.post("/os/link_provider", "{\"type\":\"google-oauth2\"}"));
        assertEquals(List.of("github", "google-oauth2"), types(first.get("user")));
        JsonNode second = SimHttp.json(http.post("/os/link_provider", "{\"type\":\"google-oauth2\"}"));
        assertEquals(List.of("github", "google-oauth2"), types(second.get("user")));
        JsonNode github = SimHttp.json(http.post("/os/link_provider", "{\"type\":\"github\"}"));
        assertEquals(List.of("github", "google-oauth2"), types(github.get("user")));

        assertEquals(400, http.post("/os/link_provider", "{\"type\":").statusCode());
        assertEquals(400, http.post("/os/link_provider", "{}").statusCode());
        assertEquals(400, http.post("/os/link_provider", null).statusCode());
    }

    private static List<String> types(JsonNode user) {
        List<String> types = new ArrayList<>();
        user.get("providers").get("iterable").forEach(p -> types.add(p.get("type").asString()));
        return types;
    }

    @Test
    void startsSignedInWhenAsked() {
        sim = PiecesOsSimulator.builder().signedIn(true).build().start();
        assertTrue(sim.isSignedIn());
        assertEquals(200, new SimHttp(sim).post("/os/link_provider", "{\"type\":\"github\"}").statusCode());
        try (PiecesOsSimulator other = PiecesOsSimulator.builder().scenario(Scenario.SIGNED_IN).build().start()) {
            assertTrue(other.isSignedIn());
        }
    }

    @Test
    void signInWaitsForThePersonToFinishInTheBrowser() throws Exception {
        sim = PiecesOsSimulator.builder().signInWaitsForCompletion(true).build().start();
        SimHttp http = new SimHttp(sim);
        CompletableFuture<HttpResponse<String>> signIn = http.client()
                .sendAsync(http.postRequest("/os/sign_in", null), HttpResponse.BodyHandlers.ofString());
        assertThrows(TimeoutException.class, () -> signIn.get(200, TimeUnit.MILLISECONDS));
        assertFalse(sim.isSignedIn());
        sim.completeSignIn();
        assertEquals(200, signIn.get(5, TimeUnit.SECONDS).statusCode());
        assertTrue(sim.isSignedIn());

        // the next sign-in waits again
        CompletableFuture<HttpResponse<String>> next = http.client()
                .sendAsync(http.postRequest("/os/sign_in", null), HttpResponse.BodyHandlers.ofString());
        assertThrows(TimeoutException.class, () -> next.get(200, TimeUnit.MILLISECONDS));
        sim.completeSignIn();
        assertEquals(200, next.get(5, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void aClientClosingItsConnectionAbandonsTheSignIn() throws Exception {
        sim = PiecesOsSimulator.builder().signInWaitsForCompletion(true).build().start();
        try (Socket s = new Socket("127.0.0.1", sim.port())) {
            OutputStream out = s.getOutputStream();
            out.write("POST /os/sign_in HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertFalse(sim.awaitAbandoned("/os/sign_in", Duration.ofMillis(100)), "still waiting while the client is there");
        }
        assertTrue(sim.awaitAbandoned("/os/sign_in", Duration.ofSeconds(5)));
        RecordedRequest r = sim.requests().get(sim.requests().size() - 1);
        assertTrue(r.abandoned());
        assertEquals(0, r.status());
        sim.completeSignIn();
        assertFalse(sim.isSignedIn(), "an abandoned sign-in signs nobody in");
    }

    @Test
    void cancellingTheJdkClientsFutureAbandonsTheSignIn() throws Exception {
        sim = PiecesOsSimulator.builder().signInWaitsForCompletion(true).build().start();
        SimHttp http = new SimHttp(sim);
        CompletableFuture<HttpResponse<String>> signIn = http.client()
                .sendAsync(http.postRequest("/os/sign_in", null), HttpResponse.BodyHandlers.ofString());
        assertFalse(sim.awaitAbandoned("/os/sign_in", Duration.ofMillis(200)));
        signIn.cancel(true);
        assertTrue(sim.awaitAbandoned("/os/sign_in", Duration.ofSeconds(5)));
    }

    @Test
    void signInDelayIsHowLongThePersonTakes() throws Exception {
        sim = PiecesOsSimulator.builder().signInDelay(Duration.ofMillis(150)).build().start();
        SimHttp http = new SimHttp(sim);
        assertEquals(200, http.post("/os/sign_in", null).statusCode());
        RecordedRequest r = sim.requests().get(0);
        assertTrue(r.took().compareTo(Duration.ofMillis(150)) >= 0, r.toString());
    }
}
