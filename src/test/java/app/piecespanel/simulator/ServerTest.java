package app.piecespanel.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServerTest {
    private PiecesOsSimulator sim;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void keepsTheConnectionForSeveralRequestsAndHonoursConnectionClose() throws IOException {
        sim = PiecesOsSimulator.builder().build().start();
        try (Socket s = new Socket("127.0.0.1", sim.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            var in = s.getInputStream();
            out.write("GET /.well-known/version HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String first = readResponse(in);
            assertTrue(first.startsWith("HTTP/1.1 200") && first.endsWith("12.3.1"), first);
            out.write("GET /.well-known/version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String second = readResponse(in);
            assertTrue(second.contains("Connection: close"), second);
            assertEquals(-1, in.read(), "the server closes the connection after Connection: close");
        }
    }

    /** Reads one response with a Content-Length body. */
    private static String readResponse(java.io.InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.read());
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Test
    void acceptsAChunkedRequestBody() throws IOException {
        sim = PiecesOsSimulator.builder().build().start();
        String json = "{\"processing\":{\"vision\":true}}";
        String chunked = Integer.toHexString(10) + "\r\n" + json.substring(0, 10) + "\r\n"
                + Integer.toHexString(json.length() - 10) + "\r\n" + json.substring(10) + "\r\n0\r\n\r\n";
        try (Socket s = new Socket("127.0.0.1", sim.port())) {
            s.getOutputStream().write(("POST /os/permissions/request HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n" + chunked)
                    .getBytes(StandardCharsets.US_ASCII));
            SimHttp.Raw r = SimHttp.readAll(s.getInputStream());
            assertEquals(200, r.status());
            assertTrue(SimHttp.JSON.readTree(r.body()).get("processing").get("vision").booleanValue());
        }
        assertEquals(json, sim.requests().get(0).body());
    }

    @Test
    void answersHttp11ToAClientOfferingAnH2cUpgradeAndHonoursExpectContinue() throws Exception {
        sim = PiecesOsSimulator.builder().build().start();
        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> r = h2.send(HttpRequest.newBuilder(sim.baseUri().resolve("/.well-known/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, r.version());
        HttpResponse<String> post = h2.send(HttpRequest.newBuilder(sim.baseUri().resolve("/os/update/check"))
                        .expectContinue(true).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode());
    }

    @Test
    void aMalformedRequestGets400() throws IOException {
        sim = PiecesOsSimulator.builder().build().start();
        try (Socket s = new Socket("127.0.0.1", sim.port())) {
            s.getOutputStream().write("HELLO\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(400, SimHttp.readAll(s.getInputStream()).status());
        }
    }

    @Test
    void recordsEachRequestAndKeepsTheLastThousand() {
        sim = PiecesOsSimulator.builder().build().start();
        SimHttp http = new SimHttp(sim);
        http.post("/os/update/check", "{\"schema\":null}");
        RecordedRequest r = sim.requests().get(0);
        assertEquals("POST", r.method());
        assertEquals("/os/update/check", r.path());
        assertEquals(200, r.status());
        assertEquals("{\"schema\":null}", r.body());
        for (int i = 0; i < 1005; i++) {
            http.get("/.well-known/version?n=" + i);
        }
        List<RecordedRequest> all = sim.requests();
        assertEquals(1000, all.size());
        assertEquals("/.well-known/version", all.get(999).path());
        assertEquals("GET", all.get(0).method());
    }

    @Test
    void closeReleasesThePortAndEndsWaitingRequests() throws Exception {
        sim = PiecesOsSimulator.builder().signInWaitsForCompletion(true).build().start();
        int port = sim.port();
        SimHttp http = new SimHttp(sim);
        CompletableFuture<HttpResponse<String>> waiting = http.client()
                .sendAsync(http.postRequest("/os/sign_in", null), HttpResponse.BodyHandlers.ofString());
        assertTrue(!sim.awaitAbandoned("/os/sign_in", Duration.ofMillis(100)));
        sim.close();
        sim.close(); // idempotent
        assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
        assertTrue(SimHttp.refuses(port));
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
        assertThrows(IllegalStateException.class, sim::start);
    }

    @Test
    void listensOnAGivenPortOnLoopbackOnly() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        sim = PiecesOsSimulator.builder().port(free).build().start();
        assertEquals(free, sim.port());
        assertEquals("http://127.0.0.1:" + free, sim.baseUri().toString());
        try (Socket s = new Socket("127.0.0.1", free);
             BufferedReader reader = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))) {
            s.getOutputStream().write("GET /.well-known/health HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(reader.readLine().startsWith("HTTP/1.1 200"));
        }
    }
}
