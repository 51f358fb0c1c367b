package app.piecespanel.simulator;

import app.piecespanel.api.model.CheckedOSUpdate;
import app.piecespanel.api.model.FilePickerInput;
import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.api.model.OSServerUpdateStatus;
import app.piecespanel.api.model.ReturnedUserProfile;
import app.piecespanel.api.model.SeededExternalProvider;
import app.piecespanel.api.model.UncheckedOSUpdate;
import app.piecespanel.api.model.UpdatingStatus;
import app.piecespanel.api.model.UserProfile;
import app.piecespanel.api.model.Users;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.net.URI;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The OS API's endpoints as the simulated PiecesOS answers them, per generation, with faults applied. */
final class OsApiRoutes implements LoopbackHttpServer.Exchange {

    /** What the routes need from the simulator around them. */
    record Setup(Generation generation, SimPlatform platform, Duration signInDelay, boolean signInWaitsForCompletion,
                 Duration permissionGrantDelay, BooleanSupplier grantRestarts, PickerMode pickerMode,
                 Supplier<URI> baseUri, SignInGate signInGate) {}

    @FunctionalInterface
    private interface Endpoint {
        SimResponse answer(SimRequest request, ClientPresence presence) throws ClientPresence.ClientGone;
    }

    private record Route(String method, Endpoint endpoint) {}

    private final Setup setup;
    private final SimulatedAccount account;
    private final PermissionState permissions;
    private final UpdateFlow updates;
    private final Pickers pickers;
    private final DeviceReport device;
    private final Map<String, Fault> faults;
    private final JsonMapper json;
    private final FaultShaper shaper;
    private final String instanceId = UUID.randomUUID().toString();
    private final byte[] avatar = AvatarPng.render();
    private final Map<String, Route> routes = new HashMap<>();

    OsApiRoutes(Setup setup, SimulatedAccount account, PermissionState permissions, UpdateFlow updates,
                Pickers pickers, DeviceReport device, Map<String, Fault> faults, JsonMapper json) {
        this.setup = setup;
        this.account = account;
        this.permissions = permissions;
        this.updates = updates;
        this.pickers = pickers;
        this.device = device;
        this.faults = faults;
        this.json = json;
        this.shaper = new FaultShaper(json);
        Generation g = setup.generation();
        if (g.servesCurrentPaths()) {
            routes.put("/.well-known/health", new Route("GET", (r, p) -> SimResponse.text(200, "ok:" + instanceId)));
            routes.put("/.well-known/version", new Route("GET", (r, p) -> SimResponse.text(200, updates.version())));
            routes.put("/os/filesystem/files/pick", new Route("POST", (r, p) -> pick(r, p, false)));
            routes.put("/os/filesystem/folders/pick", new Route("POST", (r, p) -> pick(r, p, true)));
        }
        if (g.servesSeedPaths()) {
            routes.put("/os/files/pick", new Route("POST", (r, p) -> pick(r, p, false)));
            routes.put("/os/folders/pick", new Route("POST", (r, p) -> pick(r, p, true)));
        }
        routes.put("/os/device/information", new Route("GET", (r, p) -> ok(device.describe(updates.version()))));
        routes.put("/os/permissions", new Route("GET", (r, p) -> ok(permissions.current())));
        routes.put("/os/permissions/request", new Route("POST", this::requestPermissions));
        routes.put("/os/restart", new Route("GET", (r, p) -> SimResponse.noContent().thenGoDown(updates::onRestart)));
        routes.put("/os/update/check", new Route("POST", this::checkForUpdate));
        routes.put("/os/sign_in", new Route("POST", this::signIn));
        routes.put("/os/sign_out", new Route("POST", this::signOut));
        routes.put("/os/link_provider", new Route("POST", this::linkProvider));
        routes.put("/sim/avatar.png", new Route("GET", (r, p) -> SimResponse.of(200, "image/png", avatar)));
    }

    @Override
    public SimResponse serve(SimRequest request, ClientPresence presence) throws ClientPresence.ClientGone {
        Route route = routes.get(request.path());
        if (route == null) {
            return SimResponse.text(404, "Not found: " + request.path());
        }
        if (!route.method().equals(request.method())) {
            return SimResponse.text(405, "Method " + request.method() + " is not allowed on " + request.path()
                    + "; use " + route.method());
        }
        Fault fault = faultFor(request.path());
        if (fault instanceof Fault.Hang) {
            presence.await(null, null); // returns only by the client leaving or the simulator going down
            throw new ClientPresence.ClientGone(false);
        }
        if (fault instanceof Fault.Status) {
            Fault.Status s = (Fault.Status) fault;
            return SimResponse.text(s.code(), s.text());
        }
        if (fault instanceof Fault.Html) {
            return SimResponse.of(200, "text/html; charset=utf-8", FaultShaper.HTML_PAGE.getBytes(StandardCharsets.UTF_8));
        }
        if (fault instanceof Fault.Latency) {
            presence.pause(((Fault.Latency) fault).delay());
        }
        SimResponse response = route.endpoint().answer(request, presence);
        return fault == null ? response : shaper.shape(response, fault);
    }

    /** A fault set for this exact path wins over one for every path; the simulator's own extras are spared. */
    private Fault faultFor(String path) {
        Fault exact = faults.get(path);
        if (exact != null || path.startsWith("/sim/")) {
            return exact;
        }
        return faults.get("*");
    }

    private SimResponse ok(Object model) {
        return SimResponse.json(json.writeValueAsBytes(model), model);
    }

    private <T> Optional<T> read(SimRequest r, Class<T> type) {
        if (!r.hasBody()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(r.body(), type));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private SimResponse badBody(String expected) {
        return SimResponse.text(400, "The request body must be " + expected + " JSON.");
    }

    private SimResponse requestPermissions(SimRequest r, ClientPresence presence) throws ClientPresence.ClientGone {
        Optional<OSPermissions> wanted = read(r, OSPermissions.class);
        if (wanted.isEmpty()) {
            return badBody("OSPermissions");
        }
        presence.pause(setup.permissionGrantDelay()); // the person answers the operating system's prompt
        if (setup.grantRestarts().getAsBoolean() && permissions.wouldChange(wanted.get())) {
            // the grant takes effect when PiecesOS comes back; until then it reports the old state
            OSPermissions before = permissions.current();
            return ok(before).thenGoDown(() -> {
                permissions.grant(wanted.get());
                updates.onRestart();
            });
        }
        permissions.grant(wanted.get());
        return ok(permissions.current());
    }

    private SimResponse checkForUpdate(SimRequest r, ClientPresence presence) {
        if (r.hasBody() && read(r, UncheckedOSUpdate.class).isEmpty()) {
            return badBody("UncheckedOSUpdate");
        }
        UpdateFlow.Answer a = updates.check();
        UpdatingStatus status = UpdatingStatus.of(a.status());
        if (setup.generation() == Generation.SEED) {
            return ok(new CheckedOSUpdate(SimJson.SCHEMA, status));
        }
        return ok(new OSServerUpdateStatus(SimJson.SCHEMA, status, a.percentage(),
                a.updated() == null ? null : SimulatedAccount.timestamp(a.updated())));
    }

    private SimResponse signIn(SimRequest r, ClientPresence presence) throws ClientPresence.ClientGone {
        if (setup.signInWaitsForCompletion()) {
            CompletableFuture<Void> finished = setup.signInGate().current();
            presence.await(finished, null); // the person is in the browser
            setup.signInGate().consumed(finished);
        } else {
            presence.pause(setup.signInDelay());
        }
        account.signIn();
        UserProfile profile = account.profile(setup.baseUri().get()).orElseThrow();
        return ok(profile);
    }

    private SimResponse signOut(SimRequest r, ClientPresence presence) {
        account.signOut();
        return ok(new Users(SimJson.SCHEMA, List.of()));
    }

    private SimResponse linkProvider(SimRequest r, ClientPresence presence) {
        Optional<SeededExternalProvider> seeded = read(r, SeededExternalProvider.class);
        if (seeded.isEmpty() || seeded.get().type() == null) {
            return badBody("SeededExternalProvider");
        }
        if (!account.link(seeded.get().type())) {
            return SimResponse.text(401, "User is not signed in.");
        }
        return ok(new ReturnedUserProfile(SimJson.SCHEMA, account.profile(setup.baseUri().get()).orElse(null)));
    }

    private SimResponse pick(SimRequest r, ClientPresence presence, boolean folders) throws ClientPresence.ClientGone {
        FilePickerInput input = null;
        if (!folders && r.hasBody()) {
            input = read(r, FilePickerInput.class).orElse(null);
            if (input == null) {
                return badBody("FilePickerInput");
            }
        }
        List<String> extensions = input == null ? null : input.allowedExtensions();
        Boolean multiple = input == null ? null : input.allowMultiple();
        pickers.record(new PickerRequest(r.path(), folders, extensions, multiple));
        List<String> chosen;
        Optional<CompletableFuture<List<String>>> chooser = setup.pickerMode() == PickerMode.NATIVE
                && !pickers.hasScripted(folders) ? NativeChooser.open(folders, extensions, multiple) : Optional.empty();
        if (chooser.isPresent()) {
            presence.await(chooser.get(), null); // the person is choosing on this machine
            chosen = chooser.get().isCompletedExceptionally() ? List.of() : chooser.get().join();
        } else {
            chosen = pickers.next(folders);
        }
        return ok(chosen);
    }
}
