package app.piecespanel.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** One parsed HTTP request; header names are lower case. */
record SimRequest(String method, String path, String query, String version, Map<String, String> headers, byte[] body) {

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    boolean hasBody() {
        return body.length > 0 && !bodyText().isBlank();
    }

    /** HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it. */
    boolean wantsKeepAlive() {
        String connection = header("connection");
        String tokens = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
        if (tokens.contains("close")) {
            return false;
        }
        return !"HTTP/1.0".equals(version) || tokens.contains("keep-alive");
    }
}
