package app.piecespanel.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory up to a limit (an answer that declares a larger length is refused before its
 * body is read; one without a declared length is read until the limit). Past the limit it stops reading and fails with
 * {@link TooLarge}, so a huge or endless answer costs a bounded amount of memory.
 */
final class CappedBody implements BodyHandler<byte[]> {
    private final long max;

    CappedBody(long max) {
        this.max = max;
    }

    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    @Override
    public BodySubscriber<byte[]> apply(ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > max) {
            return new Subscriber(max, "the answer declares " + declared + " bytes; the limit is " + max);
        }
        if (declared >= 0) {
            // A declared length within the limit is all the JDK will read, so its own subscriber is as safe, and
            // faster: the JDK hands bodies to its own subscribers without a hop to another thread (bench/: client
            // overhead).
            return HttpResponse.BodySubscribers.ofByteArray();
        }
        return new Subscriber(max, null);
    }

    private static final class Subscriber implements BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final long max;
        private final String refuseAtOnce;
        private Flow.Subscription subscription;

        Subscriber(long max, String refuseAtOnce) {
            this.max = max;
            this.refuseAtOnce = refuseAtOnce;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (refuseAtOnce != null) {
                s.cancel();
                result.completeExceptionally(new TooLarge(refuseAtOnce));
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (buffer.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge("the answer is larger than the limit of " + max + " bytes"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
