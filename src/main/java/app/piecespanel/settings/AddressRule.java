package app.piecespanel.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What makes an address one the panel may use: an http(s) URL with a host; one that is not this computer only with
 * the person's explicit agreement, because the OS API has no password and the panel can restart PiecesOS.
 */
public final class AddressRule {
    private AddressRule() {}

    /** What a typed address came to. */
    public sealed interface Verdict {
        /** Usable; {@code loopback} tells whether it is this computer. */
        record Usable(URI uri, boolean loopback) implements Verdict {}

        /** Not an address the panel can use, with the reason in plain words. */
        record Unusable(String reason) implements Verdict {}
    }

    public static Verdict check(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Verdict.Unusable("Enter an address, such as http://127.0.0.1:39300.");
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            return new Verdict.Unusable("“" + t + "” is not an address. Enter one such as http://127.0.0.1:39300.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Verdict.Unusable("The address must start with http:// or https://, as in http://127.0.0.1:39300.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return new Verdict.Unusable("“" + t + "” has no computer name or IP address in it.");
        }
        if (uri.getUserInfo() != null) {
            return new Verdict.Unusable("Leave the user name and password out of the address: PiecesOS does not use them.");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return new Verdict.Unusable("Enter only the scheme, computer and port, as in http://127.0.0.1:39300.");
        }
        URI clean = URI.create(scheme + "://" + uri.getRawAuthority());
        return new Verdict.Usable(clean, isLoopback(uri.getHost()));
    }

    /** Whether {@code host} names this computer, without asking a name server. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
