package app.piecespanel.bench;

import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.PiecesOsSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each read-only operation through the typed client against the same request sent with a bare {@code HttpClient}
 * and parsed into a generic JSON tree: what the typing, deadlines, size cap and activity record cost. Each round
 * alternates the two call by call and keeps each one's median call; the row is the median of the rounds.
 */
final class ClientOverhead {
    private record Op(String name, Callable<?> typed, String method, String path, String body) {}

    static List<Row> run(int rounds, int callsPerRound) throws Exception {
        try (PiecesOsSimulator sim = PiecesOsSimulator.builder().build().start();
             OsApiClient client = new OsApiClient(sim.baseUri(), ClientOptions.defaults().withListener(r -> { }))) {
            HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            ObjectMapper json = JsonMapper.builder().build();
            URI base = sim.baseUri();
            List<Op> ops = List.of(
                    new Op("device information", () -> client.deviceInformation().join(), "GET", "/os/device/information", null),
                    new Op("permissions", () -> client.permissions().join(), "GET", "/os/permissions", null),
                    new Op("update check", () -> client.checkForUpdate().join(), "POST", "/os/update/check", "{}"),
                    new Op("health", () -> client.health().join(), "GET", "/.well-known/health", null),
                    new Op("version", () -> client.version().join(), "GET", "/.well-known/version", null));
            List<Row> rows = new ArrayList<>();
            for (Op op : ops) {
                Callable<?> bare = () -> {
                    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(op.path())).timeout(Duration.ofSeconds(8));
                    b.method(op.method(), op.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(op.body()));
                    if (op.body() != null) {
                        b.header("Content-Type", "application/json");
                    }
                    // asynchronous like the client (whose contract is asynchronous): the typing is what is measured
                    HttpResponse<byte[]> r = raw.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).join();
                    return op.path().startsWith("/.well-known") ? new String(r.body()) : json.readTree(r.body());
                };
                for (int i = 0; i < callsPerRound; i++) { // warm both paths up
                    op.typed().call();
                    bare.call();
                }
                List<Double> typed = new ArrayList<>();
                List<Double> baseline = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    // call by call, alternately, and the median call of each round: a neighbour's burst of load
                    // delays a few calls of both kinds, not the whole of one kind's block
                    double[] t = new double[callsPerRound];
                    double[] b = new double[callsPerRound];
                    for (int i = 0; i < callsPerRound; i++) {
                        b[i] = micros(bare);
                        t[i] = micros(op.typed());
                    }
                    baseline.add(median(b));
                    typed.add(median(t));
                }
                rows.add(new Row("client: " + op.name(), new Stats(typed), new Stats(baseline), "µs", 1.1, ""));
            }
            return rows;
        }
    }

    private static double micros(Callable<?> call) throws Exception {
        long t0 = System.nanoTime();
        call.call();
        return (System.nanoTime() - t0) / 1e3;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private ClientOverhead() {}
}
