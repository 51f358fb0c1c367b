package app.piecespanel.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A way for the simulated PiecesOS to misbehave, for one path or all ({@link PiecesOsSimulator#setFault}).
 *
 * <p>{@link Hang}, {@link Status} and {@link Html} stand for a server that failed before acting: the endpoint does
 * nothing. The others let the endpoint act (sign-in signs in, restart restarts) and spoil only the answer.
 */
public sealed interface Fault {

    /** Waits this long before answering normally. */
    record Latency(Duration delay) implements Fault {
        public Latency {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Never answers, until the client goes away or the simulator closes. */
    record Hang() implements Fault {}

    /** Answers this status with a text/plain message. */
    record Status(int code, String text) implements Fault {
        public Status {
            if (code < 100 || code > 999) {
                throw new IllegalArgumentException("Not an HTTP status: " + code);
            }
            text = text == null ? "" : text;
        }
    }

    /** 200 application/json with an empty body. */
    record EmptyBody() implements Fault {}

    /** 200 text/html: a page, as from a proxy or a different server on the port. */
    record Html() implements Fault {}

    /** The JSON cut off halfway, with a Content-Length that matches the cut body. */
    record TruncatedJson() implements Fault {}

    /** The same JSON shape with every value of the wrong type (booleans as text, text as numbers...). */
    record WrongTypes() implements Fault {}

    /** The JSON without the fields the contract says are required. */
    record MissingRequiredField() implements Fault {}

    /** Every enum value replaced by one no client knows, and unknown fields added to every object. */
    record UnknownEnumAndExtraFields() implements Fault {}

    /** A valid answer padded with an unknown field to about this many bytes. */
    record HugeBody(long bytes) implements Fault {
        public HugeBody {
            if (bytes < 0) {
                throw new IllegalArgumentException("Negative size: " + bytes);
            }
        }
    }

    /** The whole answer, head and body, one byte at a time with this pause between bytes. */
    record Drip(Duration perByte) implements Fault {
        public Drip {
            Objects.requireNonNull(perByte, "perByte");
        }
    }

    /** Sends the head and half the body, then resets the connection (TCP RST). */
    record ResetMidBody() implements Fault {}

    /** JSON whose text contains bytes that are not UTF-8. */
    record InvalidUtf8() implements Fault {}

    /** 204 with no body where JSON is expected. */
    record NoContent() implements Fault {}

    static Fault latency(Duration delay) {
        return new Latency(delay);
    }

    static Fault hang() {
        return new Hang();
    }

    static Fault status(int code, String text) {
        return new Status(code, text);
    }

    static Fault emptyBody() {
        return new EmptyBody();
    }

    static Fault html() {
        return new Html();
    }

    static Fault truncatedJson() {
        return new TruncatedJson();
    }

    static Fault wrongTypes() {
        return new WrongTypes();
    }

    static Fault missingRequiredField() {
        return new MissingRequiredField();
    }

    static Fault unknownEnumAndExtraFields() {
        return new UnknownEnumAndExtraFields();
    }

    static Fault hugeBody(long bytes) {
        return new HugeBody(bytes);
    }

    static Fault drip(Duration perByte) {
        return new Drip(perByte);
    }

    static Fault resetMidBody() {
        return new ResetMidBody();
    }

    static Fault invalidUtf8() {
        return new InvalidUtf8();
    }

    static Fault noContent() {
        return new NoContent();
    }

    /**
     * Reads a fault as written on the command line: {@code latency=2s}, {@code hang}, {@code status=500} (or
     * {@code status=500:Some message}), {@code html}, {@code truncated}, {@code wrong-types}, {@code missing-field},
     * {@code unknown-enum}, {@code huge=50MB}, {@code drip=100ms}, {@code reset}, {@code invalid-utf8},
     * {@code no-content}, {@code empty}.
     *
     * @throws IllegalArgumentException with a message saying what is accepted
     */
    static Fault parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        int eq = trimmed.indexOf('=');
        String name = (eq < 0 ? trimmed : trimmed.substring(0, eq)).trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String arg = eq < 0 ? null : trimmed.substring(eq + 1).trim();
        switch (name) {
            case "latency":
                return latency(parseDuration(required(name, arg)));
            case "drip":
                return drip(parseDuration(required(name, arg)));
            case "huge":
                return hugeBody(parseSize(required(name, arg)));
            case "status": {
                String a = required(name, arg);
                int colon = a.indexOf(':');
                String codeText = colon < 0 ? a : a.substring(0, colon);
                int code;
                try {
                    code = Integer.parseInt(codeText.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("status needs a number, as in status=500; got '" + a + "'");
                }
                return status(code, colon < 0 ? defaultMessage(code) : a.substring(colon + 1));
            }
            default:
                break;
        }
        if (arg != null) {
            throw new IllegalArgumentException("Fault '" + name + "' takes no value");
        }
        switch (name) {
            case "hang":
                return hang();
            case "html":
                return html();
            case "truncated":
                return truncatedJson();
            case "wrong-types":
                return wrongTypes();
            case "missing-field":
                return missingRequiredField();
            case "unknown-enum":
                return unknownEnumAndExtraFields();
            case "reset":
                return resetMidBody();
            case "invalid-utf8":
                return invalidUtf8();
            case "no-content":
                return noContent();
            case "empty":
                return emptyBody();
            default:
                throw new IllegalArgumentException("Unknown fault '" + text + "'; expected one of latency=2s, hang,"
                        + " status=500, html, truncated, wrong-types, missing-field, unknown-enum, huge=50MB,"
                        + " drip=100ms, reset, invalid-utf8, no-content, empty");
        }
    }

    private static String required(String name, String arg) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException("Fault '" + name + "' needs a value, as in " + name
                    + (name.equals("huge") ? "=50MB" : name.equals("status") ? "=500" : "=100ms"));
        }
        return arg;
    }

    private static String defaultMessage(int code) {
        switch (code) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            default: return "Simulated status " + code;
        }
    }

    /** {@code 250ms}, {@code 2s}, {@code 1.5s}, {@code 1m}; a bare number is milliseconds. */
    static Duration parseDuration(String text) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?").matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a duration: '" + text + "' (use 250ms, 2s or 1m)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        double millis = unit.equals("ms") ? n : unit.equals("s") ? n * 1000 : n * 60_000;
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** {@code 50MB}, {@code 512KB}, {@code 1GB}, {@code 1000} (bytes); binary multiples. */
    static long parseSize(String text) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|k|mb|m|gb|g)?").matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a size: '" + text + "' (use 1000, 512KB, 50MB or 1GB)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = unit.startsWith("k") ? 1L << 10 : unit.startsWith("m") ? 1L << 20 : unit.startsWith("g") ? 1L << 30 : 1;
        return Math.round(n * factor);
    }
}
