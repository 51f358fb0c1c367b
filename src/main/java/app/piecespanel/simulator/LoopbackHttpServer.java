package app.piecespanel.simulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on 127.0.0.1, a thread per connection. Written by hand rather than with
 * com.sun.net.httpserver so that a waiting request can watch its socket for a client that gives up, and so that
 * faults can reach below HTTP (drip bytes, reset mid-body). It can go down and come back like a restarting PiecesOS.
 */
final class LoopbackHttpServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LoopbackHttpServer.class.getName());
    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final int MAX_BODY = 8 * 1024 * 1024;
    private static final int IDLE_TIMEOUT_MS = 60_000;
    private static final int READ_TIMEOUT_MS = 15_000;
    /** How often a waiting request looks at its socket: short enough that a departure is noticed at once. */
    private static final int WATCH_SLICE_MS = 15;

    interface Exchange {
        SimResponse serve(SimRequest request, ClientPresence presence) throws ClientPresence.ClientGone;
    }

    interface Listener {
        void completed(SimRequest request, Instant at, int status, Duration took, boolean abandoned);
    }

    private final Exchange exchange;
    private final Listener listener;
    private final Duration restartDowntime;
    private final boolean restartOnNewPort;
    private final ExecutorService connectionThreads;
    private final ScheduledExecutorService timers;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Object lifecycle = new Object();
    private ServerSocket listening; // guarded by lifecycle; null while down
    private volatile int port = -1;
    private volatile boolean closed;
    private ScheduledFuture<?> comingBack; // guarded by lifecycle

    LoopbackHttpServer(Exchange exchange, Listener listener, Duration restartDowntime, boolean restartOnNewPort) {
        this.exchange = exchange;
        this.listener = listener;
        this.restartDowntime = restartDowntime;
        this.restartOnNewPort = restartOnNewPort;
        this.connectionThreads = Executors.newCachedThreadPool(daemonThreads("pieces-sim-conn"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemonThreads("pieces-sim-timer"));
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Binds 127.0.0.1:{@code wantedPort} (0 = any free port) and starts accepting. */
    void start(int wantedPort) throws IOException {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            listenOn(bind(wantedPort));
        }
    }

    int port() {
        return port;
    }

    /** Connections accepted and not yet closed (by either side). */
    int openConnections() {
        return connections.size();
    }

    boolean isUp() {
        synchronized (lifecycle) {
            return listening != null && !closed;
        }
    }

    private static ServerSocket bind(int wantedPort) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true); // so the same port can be bound again right after a restart
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 100);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private void listenOn(ServerSocket s) {
        listening = s;
        port = s.getLocalPort();
        Thread acceptor = new Thread(() -> acceptLoop(s), "pieces-sim-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.log(Level.DEBUG, "Simulator listening on 127.0.0.1:{0,number,#}", port);
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket socket = s.accept();
                Connection c = new Connection(socket);
                connections.add(c);
                try {
                    connectionThreads.execute(c::serve);
                } catch (RuntimeException rejected) {
                    c.closeByServer();
                }
            } catch (IOException e) {
                if (!s.isClosed()) {
                    LOG.log(Level.DEBUG, "accept failed", e);
                }
            }
        }
    }

    /**
     * Restarts like PiecesOS: stops listening and drops every connection now, and after the downtime runs
     * {@code beforeBack} and listens again. Returns false when already down.
     */
    boolean restart(Runnable beforeBack) {
        boolean wentDown = goDown(beforeBack);
        if (wentDown) {
            dropConnections(null);
        }
        return wentDown;
    }

    /**
     * Stops listening now (new connections are refused), and after the downtime runs {@code beforeBack} and
     * listens again, on the same port or a new one. Open connections are closed by {@link #dropConnections}.
     * Returns false when already down.
     */
    private boolean goDown(Runnable beforeBack) {
        Duration downtime = restartDowntime;
        boolean newPort = restartOnNewPort;
        synchronized (lifecycle) {
            if (closed || listening == null) {
                return false;
            }
            closeQuietly(listening);
            listening = null;
            int oldPort = port;
            LOG.log(Level.INFO, "Simulated PiecesOS is restarting: down for {0} ms", downtime.toMillis());
            comingBack = timers.schedule(() -> comeBack(oldPort, newPort, beforeBack),
                    Math.max(0, downtime.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        }
    }

    private void comeBack(int oldPort, boolean newPort, Runnable beforeBack) {
        try {
            if (beforeBack != null) {
                beforeBack.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "restart step failed", e);
        }
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            try {
                listenOn(newPort ? bindOtherThan(oldPort) : bindSameOrAny(oldPort));
                LOG.log(Level.INFO, "Simulated PiecesOS is back on port {0,number,#}", port);
            } catch (IOException e) {
                LOG.log(Level.ERROR, "Simulated PiecesOS could not come back", e);
            }
        }
    }

    private static ServerSocket bindOtherThan(int oldPort) throws IOException {
        for (int attempt = 0; ; attempt++) {
            ServerSocket s = bind(0);
            if (s.getLocalPort() != oldPort || attempt > 10) {
                return s;
            }
            s.close();
        }
    }

    private static ServerSocket bindSameOrAny(int oldPort) throws IOException {
        try {
            return bind(oldPort);
        } catch (IOException taken) {
            LOG.log(Level.WARNING, "Port {0,number,#} was taken during the restart; using another", oldPort);
            return bind(0);
        }
    }

    /** Closes every open connection, except the one asking (it closes itself once its answer is out). */
    void dropConnections(Connection except) {
        for (Connection c : connections) {
            if (c != except) {
                c.closeByServer();
            }
        }
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            if (listening != null) {
                closeQuietly(listening);
                listening = null;
            }
            if (comingBack != null) {
                comingBack.cancel(false);
            }
        }
        dropConnections(null);
        timers.shutdownNow();
        connectionThreads.shutdownNow();
        try {
            connectionThreads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing on the way out; nothing to do about it
        }
    }

    /** One client connection: reads requests one after another and answers each. */
    final class Connection implements ClientPresence {
        private final Socket socket;
        private final PushbackInputStream in;
        private final OutputStream out;
        private volatile boolean closedByServer;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new PushbackInputStream(new BufferedInputStream(socket.getInputStream()), 1);
            this.out = new BufferedOutputStream(socket.getOutputStream());
        }

        void closeByServer() {
            closedByServer = true;
            closeQuietly(socket);
        }

        void serve() {
            try {
                socket.setTcpNoDelay(true);
                while (!closed && !closedByServer) {
                    socket.setSoTimeout(IDLE_TIMEOUT_MS);
                    SimRequest request;
                    try {
                        request = readRequest();
                    } catch (BadRequest e) {
                        write(SimResponse.text(e.status, e.getMessage()), false);
                        break;
                    }
                    if (request == null) {
                        break;
                    }
                    if (!answer(request)) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | SocketException idleOrGone) {
                // an idle keep-alive connection timed out, or the peer went away: nothing to answer
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "connection ended", e);
            } finally {
                connections.remove(this);
                closeQuietly(socket);
            }
        }

        /** Answers one request; false when the connection must end. */
        private boolean answer(SimRequest request) throws IOException {
            Instant at = Instant.now();
            long started = System.nanoTime();
            SimResponse response;
            try {
                response = exchange.serve(request, this);
            } catch (ClientGone gone) {
                listener.completed(request, at, 0, since(started), gone.byClient());
                return false;
            } catch (RuntimeException bug) {
                LOG.log(Level.ERROR, "Simulator failed on " + request.method() + " " + request.path(), bug);
                response = SimResponse.text(500, "Simulator error: " + bug);
            }
            boolean restarting = response.goesDown() != null
                    && goDown(response.goesDown());
            boolean keepAlive = request.wantsKeepAlive() && !restarting;
            // Recorded before the answer goes out, so whoever has the answer also finds it in the log; a drip is
            // recorded after, as its client may give up while it is under way.
            boolean dripping = response.delivery() instanceof SimResponse.Delivery.Drip;
            if (!dripping) {
                listener.completed(request, at, response.status(), since(started), false);
            }
            boolean sent;
            boolean clientLeft = false;
            try {
                sent = write(response, keepAlive);
            } catch (IOException e) {
                sent = false;
                clientLeft = !(closed || closedByServer); // it went away while the answer was on its way
            }
            if (dripping) {
                listener.completed(request, at, response.status(), since(started), clientLeft);
            }
            if (restarting) {
                dropConnections(this);
            }
            return sent && keepAlive;
        }

        @Override
        public void await(CompletableFuture<?> done, Duration max) throws ClientGone {
            long deadline = max == null ? Long.MAX_VALUE : System.nanoTime() + Math.min(max.toNanos(), Long.MAX_VALUE / 4);
            try {
                while (true) {
                    if (done != null && done.isDone()) {
                        return;
                    }
                    long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    if (closed || closedByServer) {
                        throw new ClientGone(false);
                    }
                    int slice = (int) Math.max(1, Math.min(WATCH_SLICE_MS, TimeUnit.NANOSECONDS.toMillis(left)));
                    if (in.available() > 0) {
                        // the client already sent more (pipelining): it is still there; wait without reading
                        waitFor(done, slice);
                        continue;
                    }
                    socket.setSoTimeout(slice);
                    try {
                        int b = in.read();
                        if (b < 0) {
                            throw new ClientGone(!(closed || closedByServer));
                        }
                        in.unread(b);
                    } catch (SocketTimeoutException stillThere) {
                        // no news from the client: it is still waiting
                    }
                }
            } catch (ClientGone gone) {
                throw gone;
            } catch (IOException e) {
                throw new ClientGone(!(closed || closedByServer));
            }
        }

        private void waitFor(CompletableFuture<?> done, int millis) throws ClientGone {
            try {
                if (done != null) {
                    done.get(millis, TimeUnit.MILLISECONDS);
                } else {
                    Thread.sleep(millis);
                }
            } catch (TimeoutException | ExecutionException notYetOrFailed) {
                // checked again by the caller
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClientGone(false);
            }
        }

        private SimRequest readRequest() throws IOException, BadRequest {
            String requestLine = readLine(true);
            while (requestLine != null && requestLine.isEmpty()) {
                requestLine = readLine(true); // tolerate stray blank lines between requests
            }
            if (requestLine == null) {
                return null;
            }
            socket.setSoTimeout(READ_TIMEOUT_MS);
            String[] parts = requestLine.split(" ");
            if (parts.length != 3 || !parts[2].startsWith("HTTP/")) {
                throw new BadRequest(400, "Malformed request line");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; ; i++) {
                String line = readLine(false);
                if (line == null) {
                    throw new BadRequest(400, "Connection closed inside the headers");
                }
                if (line.isEmpty()) {
                    break;
                }
                if (i >= MAX_HEADERS) {
                    throw new BadRequest(431, "Too many headers");
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new BadRequest(400, "Malformed header");
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                headers.merge(name, value, (a, b) -> a + ", " + b);
            }
            String target = parts[1];
            int q = target.indexOf('?');
            String path = q < 0 ? target : target.substring(0, q);
            String query = q < 0 ? null : target.substring(q + 1);
            if (path.startsWith("http://") || path.startsWith("https://")) {
                int slash = path.indexOf('/', path.indexOf("//") + 2);
                path = slash < 0 ? "/" : path.substring(slash);
            }
            if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            byte[] body = readBody(headers);
            return new SimRequest(parts[0], path, query, parts[2], Map.copyOf(headers), body);
        }

        private byte[] readBody(Map<String, String> headers) throws IOException, BadRequest {
            String transferEncoding = headers.get("transfer-encoding");
            if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                while (true) {
                    String sizeLine = readLine(false);
                    if (sizeLine == null) {
                        throw new BadRequest(400, "Connection closed inside a chunked body");
                    }
                    int semi = sizeLine.indexOf(';');
                    int size;
                    try {
                        size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
                    } catch (NumberFormatException e) {
                        throw new BadRequest(400, "Malformed chunk size");
                    }
                    if (size < 0 || body.size() + (long) size > MAX_BODY) {
                        throw new BadRequest(413, "Request body too large");
                    }
                    if (size == 0) {
                        String trailer;
                        do {
                            trailer = readLine(false);
                        } while (trailer != null && !trailer.isEmpty());
                        return body.toByteArray();
                    }
                    body.write(readExactly(size));
                    readLine(false); // the CRLF after each chunk
                }
            }
            String lengthText = headers.get("content-length");
            if (lengthText == null) {
                return new byte[0];
            }
            long length;
            try {
                length = Long.parseLong(lengthText.trim());
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "Malformed Content-Length");
            }
            if (length < 0) {
                throw new BadRequest(400, "Malformed Content-Length");
            }
            if (length > MAX_BODY) {
                throw new BadRequest(413, "Request body too large");
            }
            return readExactly((int) length);
        }

        private byte[] readExactly(int n) throws IOException, BadRequest {
            byte[] b = in.readNBytes(n);
            if (b.length < n) {
                throw new BadRequest(400, "Connection closed inside the body");
            }
            return b;
        }

        /** A line without its CRLF (or bare LF); null at end of stream before any byte. */
        private String readLine(boolean atRequestStart) throws IOException, BadRequest {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    if (line.size() == 0) {
                        return null;
                    }
                    throw new BadRequest(400, "Connection closed inside a line");
                }
                if (b == '\n') {
                    break;
                }
                if (line.size() >= MAX_LINE) {
                    throw new BadRequest(atRequestStart ? 414 : 431, "Line too long");
                }
                line.write(b);
            }
            byte[] bytes = line.toByteArray();
            int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
        }

        /** Writes a response; false when the connection cannot be used again. */
        private boolean write(SimResponse r, boolean keepAlive) throws IOException {
            StringBuilder head = new StringBuilder(160)
                    .append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n")
                    .append("Server: PiecesOS-Simulator\r\n");
            boolean bodyAllowed = r.status() != 204 && r.status() != 304 && r.status() >= 200;
            if (r.contentType() != null && bodyAllowed) {
                head.append("Content-Type: ").append(r.contentType()).append("\r\n");
            }
            if (bodyAllowed) {
                head.append("Content-Length: ").append(r.body().length()).append("\r\n");
            }
            if (!keepAlive) {
                head.append("Connection: close\r\n");
            }
            head.append("\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            SimResponse.Delivery delivery = r.delivery();
            if (delivery instanceof SimResponse.Delivery.Drip) {
                return drip(headBytes, bodyAllowed ? r.body() : null, ((SimResponse.Delivery.Drip) delivery).perByte())
                        && keepAlive;
            }
            out.write(headBytes);
            if (delivery instanceof SimResponse.Delivery.ResetMidBody) {
                byte[] all = bodyAllowed && r.body().bytes() != null ? r.body().bytes() : new byte[0];
                out.write(all, 0, all.length / 2);
                out.flush();
                socket.setSoLinger(true, 0); // close with RST instead of FIN: the client sees "connection reset"
                closeQuietly(socket);
                return false;
            }
            if (bodyAllowed) {
                r.body().writeTo(out);
            }
            out.flush();
            return keepAlive;
        }

        private boolean drip(byte[] head, SimResponse.Body body, Duration perByte) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.write(head);
            if (body != null) {
                body.writeTo(all);
            }
            long pauseNanos = perByte.toNanos();
            for (byte b : all.toByteArray()) {
                if (closed || closedByServer) {
                    return false;
                }
                out.write(b);
                out.flush();
                try {
                    TimeUnit.NANOSECONDS.sleep(pauseNanos); // the pause is the fault itself, not synchronisation
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 204: return "No Content";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 413: return "Payload Too Large";
            case 414: return "URI Too Long";
            case 429: return "Too Many Requests";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            default: return "Status";
        }
    }

    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
