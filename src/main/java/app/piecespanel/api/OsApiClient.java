package app.piecespanel.api;

import app.piecespanel.api.model.ExternalProviderType;
import app.piecespanel.api.model.FilePickerInput;
import app.piecespanel.api.model.OSDeviceInformationReturnable;
import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.api.model.OSServerUpdateStatus;
import app.piecespanel.api.model.ReturnedUserProfile;
import app.piecespanel.api.model.SeededExternalProvider;
import app.piecespanel.api.model.UncheckedOSUpdate;
import app.piecespanel.api.model.UserProfile;
import app.piecespanel.api.model.Users;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed client of the PiecesOS OS API, both generations. Every call is asynchronous (the caller's thread never
 * waits), ends within a total deadline, and fails only with an {@link ApiFailure}. Cancelling a returned future
 * abandons the HTTP exchange. Waiting for a returned future on the UI thread ({@link ClientOptions#uiThread()}) is
 * refused with an IllegalStateException: that is how a call would otherwise run on it and freeze the window. The
 * base address is asked for on every call, so the panel can follow PiecesOS to another port without rebuilding the
 * client.
 */
public final class OsApiClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OsApiClient.class.getName());
    static final String SEED_FILES = "/os/files/pick";
    static final String SEED_FOLDERS = "/os/folders/pick";
    static final String CURRENT_FILES = "/os/filesystem/files/pick";
    static final String CURRENT_FOLDERS = "/os/filesystem/folders/pick";

    private final Supplier<URI> baseUri;
    private final ClientOptions options;
    private final ExecutorService executor;
    /**
     * Built on a background thread, so constructing the client costs the caller (the panel's start-up, before the
     * first frame) nothing: a new HttpClient loads the JDK's TLS set-up, a few hundred milliseconds of class loading.
     * Calls made before it is ready wait for it without blocking their caller.
     */
    private final CompletableFuture<HttpClient> http;
    /** Which picker paths work at which base address: learnt from a 404, forgotten when the address changes. */
    private volatile PickerPaths pickerPaths;

    private record PickerPaths(URI base, boolean current) {}

    public OsApiClient(Supplier<URI> baseUri, ClientOptions options) {
        this.baseUri = baseUri;
        this.options = options;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pieces-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                http.complete(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(options.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .executor(executor)
                        .build());
            } catch (RuntimeException | Error e) {
                http.completeExceptionally(e);
            }
            // then the mapper, here rather than on the thread of the first JSON answer; if it cannot be made, the
            // first call that needs it says why
            try {
                WireJson.shared();
            } catch (RuntimeException | Error ignored) {
                // reported by that call
            }
        });
    }

    public OsApiClient(URI baseUri, ClientOptions options) {
        this(() -> baseUri, options);
    }

    /** The address calls go to now. */
    public URI baseUri() {
        return baseUri.get();
    }

    // ---- health and version (both generations) ----

    /** Whether PiecesOS answers at the current address. */
    public CompletableFuture<Health> health() {
        return probe(baseUri.get(), true);
    }

    /**
     * Whether PiecesOS answers at {@code base}. Any HTTP answer means something runs there (a seed-generation server
     * has no {@code /.well-known/health}); only connection failures fail. Discovery probes many addresses with
     * this, unrecorded, so they do not flood the Activity log.
     */
    public CompletableFuture<Health> probe(URI base, boolean record) {
        return exchange("GET", base, "/.well-known/health", null, options.probeTimeout(), record)
                .thenApply(r -> {
                    if (r.status() == 404) {
                        return new Health(true, false, "answers HTTP 404: no health endpoint, as older PiecesOS");
                    }
                    if (r.status() != 200) {
                        return new Health(true, false, "its health endpoint answers HTTP " + r.status());
                    }
                    String text = r.text().strip();
                    // PiecesOS says "ok..."; anything else (a web page, garbage) is some other server on the port
                    return text.regionMatches(true, 0, "ok", 0, 2)
                            ? new Health(true, true, text)
                            : new Health(true, false, "answers HTTP 200, but not as PiecesOS's health endpoint does");
                });
    }

    /** The PiecesOS version from {@code /.well-known/version}; empty where the server has none (seed generation). */
    public CompletableFuture<Optional<String>> version() {
        return abandonable(exchange("GET", baseUri.get(), "/.well-known/version", null, options.probeTimeout(), true),
                r -> {
                    if (r.status() == 404) {
                        return Optional.<String>empty();
                    }
                    ensureSuccess(r);
                    return readVersion(r);
                });
    }

    /** A version such as {@code 12.3.1}, {@code debug} or {@code staging}: one short word, never a page. */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    private static Optional<String> readVersion(RawAnswer r) throws ApiFailure {
        String where = r.method() + " " + r.path();
        String text;
        try {
            text = strictUtf8(r.body()).strip();
        } catch (CharacterCodingException e) {
            throw new ApiFailure.BadResponse(where + ": the answer is not valid UTF-8", e);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!VERSION.matcher(text).matches()) {
            throw new ApiFailure.BadResponse(where + ": expected a version such as 12.3.1, got "
                    + (r.contentType().isEmpty() ? "" : "'" + r.contentType() + "' ") + "text of " + text.length()
                    + " characters starting '" + ApiFailure.clip(text.length() > 40 ? text.substring(0, 40) : text)
                    + "'", null);
        }
        return Optional.of(text);
    }

    private static String strictUtf8(byte[] body) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body))
                .toString();
    }

    // ---- the OS API ----

    public CompletableFuture<ReturnedUserProfile> linkProvider(ExternalProviderType type) {
        return json("POST", "/os/link_provider", new SeededExternalProvider(type), ReturnedUserProfile.class,
                options.callTimeout());
    }

    public CompletableFuture<OSDeviceInformationReturnable> deviceInformation() {
        return json("GET", "/os/device/information", null, OSDeviceInformationReturnable.class, options.callTimeout());
    }

    public CompletableFuture<OSPermissions> permissions() {
        return json("GET", "/os/permissions", null, OSPermissions.class, options.callTimeout());
    }

    public CompletableFuture<OSPermissions> requestPermissions(OSPermissions wanted) {
        return json("POST", "/os/permissions/request", wanted, OSPermissions.class, options.callTimeout());
    }

    /**
     * Asks PiecesOS to restart. A 2xx answer, or the connection closing after the request went out (PiecesOS
     * stopping before it answered), both mean the restart is under way.
     */
    public CompletableFuture<Void> restart() {
        CompletableFuture<RawAnswer> sent = exchange("GET", baseUri.get(), "/os/restart", null, options.callTimeout(), true);
        CompletableFuture<Void> result = newFuture();
        sent.whenComplete((r, error) -> {
            try {
                if (error == null) {
                    ensureSuccess(r);
                } else if (!(ApiFailure.of(error) instanceof ApiFailure.NotRunning nr && nr.brokeOff())) {
                    throw ApiFailure.of(error);
                }
                result.complete(null);
            } catch (ApiFailure f) {
                result.completeExceptionally(f);
            }
        });
        return result;
    }

    /** Checks for an update; reads the seed's {@code CheckedOSUpdate} and the current {@code OSServerUpdateStatus}. */
    public CompletableFuture<OSServerUpdateStatus> checkForUpdate() {
        return json("POST", "/os/update/check", new UncheckedOSUpdate(null), OSServerUpdateStatus.class,
                options.callTimeout());
    }

    /** Opens PiecesOS's file picker and waits for the person; {@code []} means the dialog was cancelled. */
    public CompletableFuture<List<String>> pickFiles(FilePickerInput input) {
        return pick(SEED_FILES, CURRENT_FILES, input == null ? new FilePickerInput(null, null, null) : input);
    }

    /** Opens PiecesOS's folder picker and waits for the person; {@code []} means the dialog was cancelled. */
    public CompletableFuture<List<String>> pickFolders() {
        return pick(SEED_FOLDERS, CURRENT_FOLDERS, null);
    }

    /** Starts sign-in: PiecesOS opens the browser and answers when the person is done, which may take minutes. */
    public CompletableFuture<UserProfile> signIn() {
        return json("POST", "/os/sign_in", null, UserProfile.class, options.personTimeout());
    }

    public CompletableFuture<Users> signOut() {
        return json("POST", "/os/sign_out", null, Users.class, options.callTimeout());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    // ---- plumbing ----

    /** Every future the client hands out refuses to be waited for on the UI thread (see {@link UiSafeFuture}). */
    private <T> CompletableFuture<T> newFuture() {
        return new UiSafeFuture<>(options.uiThread());
    }

    private CompletableFuture<List<String>> pick(String seedPath, String currentPath, Object body) {
        URI base = baseUri.get();
        PickerPaths known = pickerPaths;
        boolean current = known != null && known.base().equals(base) && known.current();
        TypeOf listOfPaths = m -> m.getTypeFactory().constructCollectionType(List.class, String.class);
        if (current) {
            return json("POST", base, currentPath, body, listOfPaths, options.personTimeout());
        }
        CompletableFuture<List<String>> result = newFuture();
        CompletableFuture<RawAnswer> first = exchange("POST", base, seedPath, body, options.personTimeout(), true);
        CompletableFuture<?>[] inFlight = {first};
        first.whenComplete((r, error) -> {
            if (error != null) {
                result.completeExceptionally(ApiFailure.of(error));
            } else if (r.status() == 404) {
                pickerPaths = new PickerPaths(base, true);
                CompletableFuture<List<String>> second = json("POST", base, currentPath, body, listOfPaths,
                        options.personTimeout());
                inFlight[0] = second;
                second.whenComplete((v, e2) -> {
                    if (e2 != null) {
                        result.completeExceptionally(ApiFailure.of(e2));
                    } else {
                        result.complete(v);
                    }
                });
            } else {
                try {
                    pickerPaths = new PickerPaths(base, false);
                    result.complete(decode(r, listOfPaths));
                } catch (ApiFailure f) {
                    result.completeExceptionally(f);
                }
            }
        });
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                inFlight[0].cancel(true);
            }
        });
        return result;
    }

    private <T> CompletableFuture<T> json(String method, String path, Object body, Class<T> type, Duration timeout) {
        return json(method, baseUri.get(), path, body, m -> m.constructType(type), timeout);
    }

    /** The type to read an answer as, asked for only when an answer arrives (the mapper is made on first use). */
    @FunctionalInterface
    private interface TypeOf {
        JavaType in(JsonMapper mapper);
    }

    private <T> CompletableFuture<T> json(String method, URI base, String path, Object body, TypeOf type,
            Duration timeout) {
        return abandonable(exchange(method, base, path, body, timeout, true), r -> decode(r, type));
    }

    /** Applies {@code then} to the answer, and passes a cancel of the result on to the exchange. */
    private <T> CompletableFuture<T> abandonable(CompletableFuture<RawAnswer> exchange, Decoder<T> then) {
        CompletableFuture<T> result = newFuture();
        exchange.whenComplete((r, error) -> {
            if (error != null) {
                result.completeExceptionally(ApiFailure.of(error));
                return;
            }
            try {
                result.complete(then.apply(r));
            } catch (ApiFailure f) {
                result.completeExceptionally(f);
            }
        });
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return result;
    }

    @FunctionalInterface
    private interface Decoder<T> {
        T apply(RawAnswer r) throws ApiFailure;
    }

    /** A complete answer: status, content type, body. */
    private record RawAnswer(String method, String path, int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private <T> T decode(RawAnswer r, TypeOf typeOf) throws ApiFailure {
        ensureSuccess(r);
        String where = r.method() + " " + r.path();
        if (r.status() == 204 || r.body().length == 0) {
            throw new ApiFailure.BadResponse(where + ": expected JSON, got an empty answer (HTTP " + r.status() + ")", null);
        }
        String ct = r.contentType();
        if (!ct.isEmpty() && !ct.toLowerCase().contains("json")) {
            throw new ApiFailure.BadResponse(where + ": expected JSON, got content type '" + ct + "'", null);
        }
        String text;
        try {
            text = strictUtf8(r.body());
        } catch (CharacterCodingException e) {
            throw new ApiFailure.BadResponse(where + ": the answer is not valid UTF-8", e);
        }
        try {
            JsonMapper json = WireJson.shared();
            T value = json.readValue(text, typeOf.in(json));
            if (value == null) {
                throw new ApiFailure.BadResponse(where + ": the answer is JSON null", null);
            }
            return value;
        } catch (JacksonException e) {
            throw new ApiFailure.BadResponse(where + ": " + describe(e), e);
        } catch (RuntimeException e) {
            // a record's own check (for example a null inside a list) rejected the value
            throw new ApiFailure.BadResponse(where + ": " + e, e);
        }
    }

    private static String describe(JacksonException e) {
        String at = e.getPathReference();
        String msg = e.getOriginalMessage();
        msg = msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
        return at == null || at.isEmpty() ? msg : msg + " (at " + at + ")";
    }

    private static void ensureSuccess(RawAnswer r) throws ApiFailure {
        if (r.status() >= 200 && r.status() < 300) {
            return;
        }
        String where = r.method() + " " + r.path() + " answered HTTP " + r.status();
        String text = r.text();
        if (r.status() == 401) {
            throw new ApiFailure.NotSignedIn(ApiFailure.clip(text), where);
        }
        throw new ApiFailure.ServerError(r.status(), ApiFailure.clip(text), where + ": " + ApiFailure.clip(text));
    }

    /**
     * Sends one request within a total deadline and reads the whole answer (capped). Records it for the Activity
     * log when asked. Failures are ApiFailures; cancelling the returned future abandons the exchange.
     */
    private CompletableFuture<RawAnswer> exchange(String method, URI base, String path, Object body, Duration timeout,
            boolean record) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(resolve(base, path))
                    .timeout(timeout)
                    .header("Accept", "application/json, text/plain");
            if (body != null) {
                b.header("Content-Type", "application/json");
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
        } catch (IllegalArgumentException e) {
            CompletableFuture<RawAnswer> refused = newFuture();
            refused.completeExceptionally(new ApiFailure.NotRunning("not a usable address: " + base, e, false));
            return refused;
        }
        if (record) {
            try {
                options.listener().onStart(method, path);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "activity listener failed", e);
            }
        }
        // the body is written where the request is sent: never on the caller's thread while the mapper is new
        CompletableFuture<HttpResponse<byte[]>> sent = send(() -> body == null ? b.build()
                : b.method(method, HttpRequest.BodyPublishers.ofByteArray(WireJson.shared().writeValueAsBytes(body)))
                        .build());
        CompletableFuture<RawAnswer> result = newFuture();
        sent.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((resp, error) -> {
            RawAnswer answer = null;
            ApiFailure failure = null;
            if (error == null) {
                answer = new RawAnswer(method, path, resp.statusCode(),
                        resp.headers().firstValue("content-type").orElse(""), resp.body());
            } else {
                failure = classify(method + " " + base + path, error, timeout);
                if (failure instanceof ApiFailure.TimedOut) {
                    sent.cancel(true);
                }
            }
            if (record) {
                report(started, t0, method, path, answer, failure);
            }
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(answer);
            }
        });
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                sent.cancel(true);
            }
        });
        return result;
    }

    /** Sends at once when the HttpClient is built (always, after start-up), else as soon as it is. */
    private CompletableFuture<HttpResponse<byte[]>> send(Supplier<HttpRequest> request) {
        HttpClient ready = http.getNow(null);
        if (ready != null) {
            try {
                return ready.sendAsync(request.get(), new CappedBody(options.maxBodyBytes()));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        CompletableFuture<HttpResponse<byte[]>> sent = new CompletableFuture<>();
        http.whenComplete((client, error) -> {
            if (error != null) {
                sent.completeExceptionally(error);
                return;
            }
            if (sent.isDone()) { // cancelled or timed out while the client was being built
                return;
            }
            CompletableFuture<HttpResponse<byte[]>> inner;
            try {
                inner = client.sendAsync(request.get(), new CappedBody(options.maxBodyBytes()));
            } catch (RuntimeException e) {
                sent.completeExceptionally(e);
                return;
            }
            inner.whenComplete((resp, e) -> {
                if (e != null) {
                    sent.completeExceptionally(e);
                } else {
                    sent.complete(resp);
                }
            });
            // cancelling (a timeout, or the caller) abandons the exchange, as it does once the client is ready
            sent.whenComplete((v, e) -> {
                if (sent.isCancelled()) {
                    inner.cancel(true);
                }
            });
        });
        return sent;
    }

    private void report(Instant started, long t0, String method, String path, RawAnswer answer, ApiFailure failure) {
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        int status = answer == null ? -1 : answer.status();
        boolean ok = failure == null && status >= 200 && status < 300;
        String outcome;
        if (failure != null) {
            outcome = failure.plainMessage();
            LOG.log(System.Logger.Level.DEBUG, () -> method + " " + path + " failed: " + failure.detail());
        } else if (ok) {
            outcome = "OK";
        } else {
            outcome = switch (status / 100) {
                case 4 -> status == 401 ? "Not signed in (HTTP 401)"
                        : status == 404 ? "This PiecesOS does not know this request (HTTP 404)"
                        : "PiecesOS refused the request (HTTP " + status + ")";
                case 5 -> "PiecesOS had an internal error (HTTP " + status + ")";
                default -> "Unexpected answer (HTTP " + status + ")";
            };
        }
        try {
            options.listener().onCall(new CallRecord(started, method, path, status, took, outcome, ok));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "activity listener failed", e);
        }
    }

    private static ApiFailure classify(String what, Throwable error, Duration timeout) {
        Throwable c = error;
        while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof java.util.concurrent.CancellationException) {
            return new ApiFailure.Cancelled(what + ": cancelled");
        }
        if (c instanceof CappedBody.TooLarge tl) {
            return new ApiFailure.BadResponse(what + ": " + tl.getMessage(), tl);
        }
        if (c instanceof HttpConnectTimeoutException) {
            return new ApiFailure.NotRunning(what + ": no connection within the connect timeout", c, false);
        }
        if (c instanceof HttpTimeoutException || c instanceof TimeoutException) {
            return new ApiFailure.TimedOut(what + ": no complete answer within " + timeout.toMillis() + " ms");
        }
        if (isConnectFailure(c)) {
            return new ApiFailure.NotRunning(what + ": " + c, c, false);
        }
        if (c instanceof IOException) {
            return new ApiFailure.NotRunning(what + ": the connection broke off: " + c, c, true);
        }
        return ApiFailure.of(c);
    }

    private static boolean isConnectFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static URI resolve(URI base, String path) {
        String b = base.toString();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return URI.create(b + path);
    }

    @Override
    public String toString() {
        return "OsApiClient[" + baseUri.get() + "]";
    }
}
