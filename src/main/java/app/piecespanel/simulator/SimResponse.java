package app.piecespanel.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What to send back for one request.
 *
 * @param model     the record the JSON body was written from, so faults can spoil it knowing its shape; may be null
 * @param goesDown  when not null, PiecesOS goes down once this answer is out, and this runs just before it is back
 */
record SimResponse(int status, String contentType, Body body, Delivery delivery, Object model, Runnable goesDown) {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain; charset=utf-8";

    static SimResponse json(byte[] body, Object model) {
        return new SimResponse(200, JSON, Body.of(body), Delivery.NORMAL, model, null);
    }

    static SimResponse text(int status, String text) {
        return new SimResponse(status, TEXT, Body.of(text.getBytes(StandardCharsets.UTF_8)), Delivery.NORMAL, null, null);
    }

    static SimResponse of(int status, String contentType, byte[] body) {
        return new SimResponse(status, contentType, Body.of(body), Delivery.NORMAL, null, null);
    }

    static SimResponse noContent() {
        return new SimResponse(204, null, Body.of(new byte[0]), Delivery.NORMAL, null, null);
    }

    SimResponse withBody(int newStatus, String newContentType, Body newBody) {
        return new SimResponse(newStatus, newContentType, newBody, delivery, model, goesDown);
    }

    SimResponse withDelivery(Delivery newDelivery) {
        return new SimResponse(status, contentType, body, newDelivery, model, goesDown);
    }

    SimResponse thenGoDown(Runnable beforeBack) {
        return new SimResponse(status, contentType, body, delivery, model, beforeBack);
    }

    boolean isJson() {
        return JSON.equals(contentType) && body.bytes() != null && body.length() > 0;
    }

    /** A response body: usually bytes in memory; a huge one is written as it goes. */
    interface Body {
        long length();

        void writeTo(OutputStream out) throws IOException;

        /** The bytes when they are in memory, else null. */
        byte[] bytes();

        static Body of(byte[] bytes) {
            return new Body() {
                @Override
                public long length() {
                    return bytes.length;
                }

                @Override
                public void writeTo(OutputStream out) throws IOException {
                    out.write(bytes);
                }

                @Override
                public byte[] bytes() {
                    return bytes;
                }
            };
        }
    }

    /** How the bytes go on the wire. */
    sealed interface Delivery {
        Delivery NORMAL = new Normal();

        record Normal() implements Delivery {}

        record Drip(Duration perByte) implements Delivery {}

        record ResetMidBody() implements Delivery {}
    }
}
