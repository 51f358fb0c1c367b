package app.piecespanel.ui;

import app.piecespanel.AppInfo;
import app.piecespanel.CommandLine;
import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.Discovery;
import app.piecespanel.api.DiscoveryOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.Scenario;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The first window: finds PiecesOS (or starts the built-in simulator) and shows the connection and the device. */
public final class PanelApplication extends Application {
    private final AtomicReference<URI> base = new AtomicReference<>(URI.create("http://127.0.0.1:39300"));
    private OsApiClient client;
    private PiecesOsSimulator simulator;

    @Override
    public void start(Stage stage) throws Exception {
        CommandLine cl = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        Label connection = new Label("Looking for PiecesOS…");
        Label device = new Label();
        VBox root = new VBox(12, connection, device);
        root.setPadding(new Insets(24));
        stage.setScene(new Scene(root, 640, 360));
        stage.setTitle(AppInfo.load().name() + " " + AppInfo.load().version());
        stage.show();

        client = new OsApiClient(base::get, ClientOptions.defaults());
        CompletableFuture<URI> found = cl.mode() == CommandLine.Mode.SIMULATOR_PANEL
                ? CompletableFuture.completedFuture(startSimulator(cl))
                : new Discovery(DiscoveryOptions.defaults(), client).find().thenApply(r -> r.found()
                        .map(f -> f.baseUri())
                        .orElseGet(() -> cl.fallbackSimulator() ? startSimulator(cl) : null));
        found.thenCompose(uri -> {
            if (uri == null) {
                Platform.runLater(() -> connection.setText("PiecesOS is not running"));
                return CompletableFuture.completedFuture(null);
            }
            base.set(uri);
            return client.deviceInformation().thenAccept(info -> Platform.runLater(() -> {
                connection.setText("Connected to PiecesOS " + info.version() + " on port " + uri.getPort());
                device.setText(String.valueOf(info.name()));
            }));
        }).exceptionally(t -> {
            Platform.runLater(() -> connection.setText(app.piecespanel.api.ApiFailure.of(t).plainMessage()));
            return null;
        });
    }

    private URI startSimulator(CommandLine cl) {
        PiecesOsSimulator.Builder b = PiecesOsSimulator.builder();
        cl.scenario().ifPresent(s -> b.scenario(Scenario.fromName(s)));
        simulator = b.build().start();
        return simulator.baseUri();
    }

    @Override
    public void stop() {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }
}
