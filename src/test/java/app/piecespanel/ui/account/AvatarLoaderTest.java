package app.piecespanel.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The profile picture is fetched defensively: http(s) only, size- and time-capped, and only a real picture. */
class AvatarLoaderTest {
    private final PiecesOsSimulator sim = PiecesOsSimulator.builder().build().start();

    @AfterEach
    void close() {
        sim.close();
    }

    private String picture() {
        return sim.baseUri() + "/sim/avatar.png";
    }

    private static Throwable failure(java.util.concurrent.CompletableFuture<byte[]> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void loadsAPictureOverHttp() throws Exception {
        byte[] png = new AvatarLoader(Duration.ofSeconds(5), 1 << 20, 1024).load(picture()).get(10, TimeUnit.SECONDS);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void refusesWhatIsNotHttp() {
        AvatarLoader loader = AvatarLoader.defaults();
        assertTrue(failure(loader.load("file:///etc/passwd")).getMessage().contains("only http(s)"));
        assertTrue(failure(loader.load("javascript:alert(1)")).getMessage().contains("only http(s)"));
        assertTrue(failure(loader.load("not an address")).getMessage().contains("not an address"));
    }

    @Test
    void refusesSomethingThatIsNotAPicture() {
        Throwable t = failure(AvatarLoader.defaults().load(sim.baseUri() + "/.well-known/health"));
        assertTrue(t.getMessage().contains("not a picture"), t.getMessage());
    }

    @Test
    void refusesATooLargeFileAndATooLargeImage() {
        Throwable bytes = failure(new AvatarLoader(Duration.ofSeconds(5), 100, 1024).load(picture()));
        assertTrue(bytes.getMessage().contains("limit"), bytes.getMessage());
        Throwable side = failure(new AvatarLoader(Duration.ofSeconds(5), 1 << 20, 32).load(picture()));
        assertTrue(side.getMessage().contains("64x64"), side.getMessage());
    }

    @Test
    void givesUpOnAServerThatNeverAnswers() throws Exception {
        sim.setFault("/sim/avatar.png", Fault.parse("hang"));
        Throwable t = failure(new AvatarLoader(Duration.ofMillis(300), 1 << 20, 1024).load(picture()));
        assertTrue(t instanceof java.util.concurrent.TimeoutException
                || t instanceof java.net.http.HttpTimeoutException, String.valueOf(t));
        assertTrue(sim.awaitAbandoned("/sim/avatar.png", Duration.ofSeconds(5)), "the request is dropped");
    }
}
