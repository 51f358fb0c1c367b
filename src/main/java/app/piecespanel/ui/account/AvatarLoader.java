package app.piecespanel.ui.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Fetches a profile picture in the background, defensively: only http(s) addresses, at most {@code maxBytes}, within
 * {@code timeout} in total, and only something that really is a picture of at most {@code maxSide} pixels a side (so
 * a tiny file that would decode into a huge image is refused). Any failure just means "show the initials".
 */
public final class AvatarLoader {
    private final Duration timeout;
    private final int maxBytes;
    private final int maxSide;
    private final ExecutorService pool;
    private HttpClient http; // made on first use: the panel builds this at start-up, where it must be cheap

    public AvatarLoader(Duration timeout, int maxBytes, int maxSide) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxSide = maxSide;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "avatar-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL) // never from https down to http
                    .executor(pool)
                    .build();
        }
        return http;
    }

    /** 5 s, 1 MB, 1024 pixels a side: far more than a profile picture needs. */
    public static AvatarLoader defaults() {
        return new AvatarLoader(Duration.ofSeconds(5), 1 << 20, 1024);
    }

    /** The picture's bytes (a PNG, JPEG, GIF or BMP), or a failure saying why not. */
    public CompletableFuture<byte[]> load(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException | NullPointerException e) {
            return CompletableFuture.failedFuture(new IOException("not an address: " + address));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return CompletableFuture.failedFuture(new IOException("only http(s) pictures are loaded, not " + address));
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "image/*").GET().build();
        AtomicReference<InputStream> body = new AtomicReference<>();
        CompletableFuture<byte[]> result = http().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApplyAsync(response -> {
                    body.set(response.body());
                    try (InputStream in = response.body()) {
                        if (response.statusCode() != 200) {
                            throw new IOException("HTTP " + response.statusCode());
                        }
                        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
                        if (declared > maxBytes) {
                            throw new IOException("picture of " + declared + " bytes; the limit is " + maxBytes);
                        }
                        byte[] bytes = readCapped(in);
                        checkIsSmallPicture(bytes);
                        return bytes;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, pool)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((v, e) -> {
            InputStream in = body.get();
            if (e != null && in != null) {
                try {
                    in.close(); // unblocks a read still waiting on a slow server
                } catch (IOException ignored) {
                    // nothing more to do: the picture is given up either way
                }
            }
        });
        return result;
    }

    private byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBytes) {
                throw new IOException("picture larger than " + maxBytes + " bytes");
            }
        }
        return out.toByteArray();
    }

    private void checkIsSmallPicture(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not a picture this panel can show");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w > maxSide || h > maxSide) {
                    throw new IOException("picture of " + w + "x" + h + " pixels; the limit is " + maxSide);
                }
            } finally {
                reader.dispose();
            }
        }
    }
}
