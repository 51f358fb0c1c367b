package app.piecespanel.api;

import java.net.URI;

/** Where PiecesOS answered, and which step found it. */
public record Found(URI baseUri, DiscoveryStep step) {
    public int port() {
        return baseUri.getPort();
    }
}
