package app.piecespanel.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.piecespanel.settings.WindowPlace;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens: where it was, unless that is no longer on any screen. */
class WindowStateTest {
    private static final Rectangle2D MAIN = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1024);

    @Test
    void firstTimeItIsCentredOnTheMainScreen() {
        assertEquals(new Rectangle2D(410, 160, 1100, 720), WindowState.place(Optional.empty(), List.of(MAIN), 1100, 720));
    }

    @Test
    void whereItWasWhenThatIsOnAScreen() {
        Optional<WindowPlace> saved = Optional.of(new WindowPlace(2000, 100, 1000, 700, false));
        assertEquals(new Rectangle2D(2000, 100, 1000, 700), WindowState.place(saved, List.of(MAIN, RIGHT), 1100, 720));
    }

    @Test
    void onAScreenThatWasUnpluggedItComesBackToTheMainOne() {
        Optional<WindowPlace> saved = Optional.of(new WindowPlace(2000, 100, 1000, 700, false));
        assertEquals(new Rectangle2D(410, 160, 1100, 720), WindowState.place(saved, List.of(MAIN), 1100, 720));
    }

    @Test
    void aWindowLargerThanItsScreenNowIsShrunkAndMovedToFit() {
        Optional<WindowPlace> saved = Optional.of(new WindowPlace(1000, 500, 2500, 1400, false));
        assertEquals(new Rectangle2D(0, 0, 1920, 1040), WindowState.place(saved, List.of(MAIN), 1100, 720));
    }

    @Test
    void aTitleBarAboveTheScreenCannotBeGrabbedSoItIsCentred() {
        Optional<WindowPlace> saved = Optional.of(new WindowPlace(100, -200, 800, 600, false));
        assertEquals(new Rectangle2D(410, 160, 1100, 720), WindowState.place(saved, List.of(MAIN), 1100, 720));
    }
}
