package app.piecespanel.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A simulated PiecesOS: a real HTTP server on 127.0.0.1 that answers the OS API as the contract describes, so the
 * panel, its tests and demos, and other PiecesOS clients can run with no PiecesOS installed. Tests steer it
 * (scenarios, sign-in completion, picker answers, faults) and read what it was asked ({@link #requests()}).
 *
 * <p>Thread-safe: the server's threads and the caller's may use it at the same time.
 */
public final class PiecesOsSimulator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PiecesOsSimulator.class.getName());

    private final int wantedPort;
    private final boolean grantRestarts;
    private final SimulatedAccount account;
    private final PermissionState permissions;
    private final UpdateFlow updates;
    private final Pickers pickers = new Pickers();
    private final RequestLog log = new RequestLog();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final SignInGate signInGate = new SignInGate();
    private final LoopbackHttpServer server;
    private final Object lifecycle = new Object();
    private boolean started; // guarded by lifecycle
    private boolean closed; // guarded by lifecycle

    private PiecesOsSimulator(Builder b) {
        this.wantedPort = b.port;
        this.grantRestarts = b.grantRestarts;
        this.account = new SimulatedAccount(b.secretMarker, b.sparseProfile);
        this.permissions = new PermissionState(b.platform, b.permissionsDeclined);
        this.updates = new UpdateFlow(b.scenario, b.version, b.downloadDuration);
        if (b.signedIn || b.scenario == Scenario.SIGNED_IN) {
            account.signIn();
        }
        OsApiRoutes.Setup setup = new OsApiRoutes.Setup(b.generation, b.platform, b.signInDelay,
                b.signInWaitsForCompletion, b.permissionGrantDelay, this::grantRestartsNow, b.pickers, this::baseUri,
                signInGate);
        OsApiRoutes routes = new OsApiRoutes(setup, account, permissions, updates, pickers,
                new DeviceReport(b.gpu, b.vulkan), faults, SimJson.newMapper());
        LoopbackHttpServer.Exchange noted = (request, presence) -> {
            log.arrived(request.path());
            return routes.serve(request, presence);
        };
        this.server = new LoopbackHttpServer(noted, this::record, b.restartDowntime, b.restartOnNewPort);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving on 127.0.0.1. */
    public PiecesOsSimulator start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("The simulator is closed");
            }
            if (started) {
                throw new IllegalStateException("The simulator is already started");
            }
            try {
                server.start(wantedPort);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not listen on 127.0.0.1:" + wantedPort, e);
            }
            started = true;
        }
        LOG.log(Level.DEBUG, "Simulated PiecesOS {0} on {1}", updates.version(), baseUri());
        return this;
    }

    /** {@code http://127.0.0.1:PORT}, the current port (it changes after a restart with restartOnNewPort). */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.port();
    }

    /**
     * How many client connections are open now (kept alive, waiting or being answered): what a leak test watches, as
     * a client that forgets an abandoned exchange leaves its connection open here.
     */
    public int openConnections() {
        return server.openConnections();
    }

    /** False before start, after close, and while restarting (connections are refused). */
    public boolean isUp() {
        return server.isUp();
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        server.close();
        LOG.log(Level.DEBUG, "Simulated PiecesOS closed");
    }

    /** Changes the situation; an update in progress is forgotten. {@link Scenario#SIGNED_IN} also signs in. */
    public void setScenario(Scenario s) {
        Objects.requireNonNull(s, "scenario");
        updates.setScenario(s);
        if (s == Scenario.SIGNED_IN) {
            account.signIn();
        }
    }

    public Scenario scenario() {
        return updates.scenario();
    }

    /** The person finishes the sign-in in the browser (for signInWaitsForCompletion). */
    public void completeSignIn() {
        signInGate.complete();
    }

    /** The answer of a future file picker ({@code List.of()} = the person cancelled). */
    public void queueFilePick(List<String> paths) {
        pickers.queue(false, paths);
    }

    public void queueFolderPick(List<String> paths) {
        pickers.queue(true, paths);
    }

    /** What clients asked the pickers for, oldest first. */
    public List<PickerRequest> pickerRequests() {
        return pickers.requests();
    }

    /** The last (up to 1000) requests, oldest first. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** Waits until a request to {@code path} has been abandoned by its client; false when {@code timeout} passes first. */
    public boolean awaitAbandoned(String path, Duration timeout) throws InterruptedException {
        return log.awaitAbandoned(path, timeout);
    }

    /** As {@code GET /os/restart}: goes down for the restart downtime, then comes back (installing a ready update). */
    /**
     * Waits until a request to {@code path} has reached the simulator (before it is answered, unlike
     * {@link #requests()}, which lists finished ones): how a test knows a call is in flight. False on timeout.
     */
    public boolean awaitArrived(String path, Duration timeout) throws InterruptedException {
        return log.awaitArrived(path, timeout);
    }

    public void restartNow() {
        server.restart(updates::onRestart);
    }

    public boolean isSignedIn() {
        return account.isSignedIn();
    }

    /** The simulated PiecesOS version (it rises when an update is installed). */
    public String version() {
        return updates.version();
    }

    /** Makes {@code pathOrStar} (an exact path such as {@code /os/permissions}, or {@code *} for all) misbehave. */
    public void setFault(String pathOrStar, Fault fault) {
        faults.put(Objects.requireNonNull(pathOrStar, "pathOrStar"), Objects.requireNonNull(fault, "fault"));
    }

    public void clearFaults() {
        faults.clear();
    }

    private boolean grantRestartsNow() {
        return grantRestarts || updates.scenario() == Scenario.GRANT_RESTARTS;
    }

    private void record(SimRequest r, java.time.Instant at, int status, Duration took, boolean abandoned) {
        log.add(new RecordedRequest(at, r.method(), r.path(), status, took, abandoned,
                new String(r.body(), StandardCharsets.UTF_8)));
    }

    /** Settings for a simulator; every one has a sensible default. */
    public static final class Builder {
        private int port;
        private Generation generation = Generation.BOTH;
        private Scenario scenario = Scenario.UP_TO_DATE;
        private SimPlatform platform = SimPlatform.MACOS;
        private String version = "12.3.1";
        private boolean signedIn;
        private Duration signInDelay = Duration.ZERO;
        private boolean signInWaitsForCompletion;
        private Duration permissionGrantDelay = Duration.ZERO;
        private boolean grantRestarts;
        private Duration restartDowntime = Duration.ofSeconds(3);
        private boolean restartOnNewPort;
        private Duration downloadDuration = Duration.ofSeconds(6);
        private PickerMode pickers = PickerMode.SCRIPT;
        private SimGpu gpu;
        private boolean vulkan = true;
        private String secretMarker = "sim";
        private boolean sparseProfile;
        private boolean permissionsDeclined;

        private Builder() {}

        /** 0 (the default) = any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder generation(Generation generation) {
            this.generation = Objects.requireNonNull(generation, "generation");
            return this;
        }

        public Builder scenario(Scenario scenario) {
            this.scenario = Objects.requireNonNull(scenario, "scenario");
            return this;
        }

        public Builder platform(SimPlatform platform) {
            this.platform = Objects.requireNonNull(platform, "platform");
            return this;
        }

        public Builder version(String version) {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("A version is needed, such as 12.3.1");
            }
            this.version = version.trim();
            return this;
        }

        public Builder signedIn(boolean signedIn) {
            this.signedIn = signedIn;
            return this;
        }

        public Builder signInDelay(Duration d) {
            this.signInDelay = nonNegative(d, "signInDelay");
            return this;
        }

        public Builder signInWaitsForCompletion(boolean waits) {
            this.signInWaitsForCompletion = waits;
            return this;
        }

        public Builder permissionGrantDelay(Duration d) {
            this.permissionGrantDelay = nonNegative(d, "permissionGrantDelay");
            return this;
        }

        public Builder grantRestarts(boolean restarts) {
            this.grantRestarts = restarts;
            return this;
        }

        public Builder restartDowntime(Duration d) {
            this.restartDowntime = nonNegative(d, "restartDowntime");
            return this;
        }

        public Builder restartOnNewPort(boolean newPort) {
            this.restartOnNewPort = newPort;
            return this;
        }

        public Builder downloadDuration(Duration d) {
            this.downloadDuration = nonNegative(d, "downloadDuration");
            return this;
        }

        public Builder pickers(PickerMode mode) {
            this.pickers = Objects.requireNonNull(mode, "pickers");
            return this;
        }

        /** null (the default) = no GPU in the device report. */
        public Builder gpu(SimGpu gpu) {
            this.gpu = gpu;
            return this;
        }

        public Builder vulkan(boolean vulkan) {
            this.vulkan = vulkan;
            return this;
        }

        /** The prefix of every secret handed out ({@code marker-...}), so tests can search outputs for leaks. */
        public Builder secretMarker(String marker) {
            if (marker == null || marker.isBlank()) {
                throw new IllegalArgumentException("A secret marker is needed");
            }
            this.secretMarker = marker;
            return this;
        }

        /**
         * The signed-in profile carries only what the API requires (id, aesthetics), a blank username, and the
         * generated client models' placeholders for email and picture: no name, dates, cloud or providers.
         */
        public Builder sparseProfile(boolean sparse) {
            this.sparseProfile = sparse;
            return this;
        }

        /** The person says no to the operating system's permission prompt: a request answers, granting nothing. */
        public Builder permissionsDeclined(boolean declined) {
            this.permissionsDeclined = declined;
            return this;
        }

        public PiecesOsSimulator build() {
            return new PiecesOsSimulator(this);
        }

        private static Duration nonNegative(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative");
            }
            return d;
        }
    }
}
