package app.piecespanel.ui.shell;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Where PiecesOS answers now: the connection monitor sets it, the client reads it on every call. Until something
 * is found it points at the first port of the scan, where a call fails plainly as "not running".
 */
public final class CurrentAddress implements Supplier<URI> {
    static final URI NOWHERE_YET = URI.create("http://127.0.0.1:39300");
    private final AtomicReference<URI> address = new AtomicReference<>(NOWHERE_YET);

    @Override
    public URI get() {
        return address.get();
    }

    void set(URI uri) {
        address.set(uri);
    }
}
