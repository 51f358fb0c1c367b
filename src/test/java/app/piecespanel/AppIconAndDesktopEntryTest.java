package app.piecespanel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.ui.PanelApplication;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the desktop shows of the app besides its window's content: the window icons on the class path (the shell sets
 * them on every stage) and the Linux desktop entry's link between the window and the menu entry.
 */
class AppIconAndDesktopEntryTest {

    @ParameterizedTest(name = "app-{0}.png")
    @ValueSource(ints = {16, 32, 48, 64, 128, 256})
    void everyWindowIconSizeIsOnTheClassPath(int size) throws IOException {
        String resource = "/app/piecespanel/icons/app-" + size + ".png";
        try (InputStream in = AppIconAndDesktopEntryTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the class path");
            BufferedImage image = ImageIO.read(in);
            assertNotNull(image, resource + " is a picture");
            assertEquals(size, image.getWidth(), resource + " width");
            assertEquals(size, image.getHeight(), resource + " height");
            assertTrue(image.getColorModel().hasAlpha(), resource + " has transparent corners");
            int corner = image.getRGB(0, 0) >>> 24;
            int centre = image.getRGB(size / 2, size / 2) >>> 24;
            assertEquals(0, corner, resource + ": the rounded tile leaves its corner transparent");
            assertEquals(255, centre, resource + ": the tile is opaque");
        }
    }

    /**
     * JavaFX on Linux names a window's class (WM_CLASS) after the Application subclass. The desktop entry's
     * StartupWMClass must say the same, or the dock shows the running window as an unknown app with a generic icon.
     */
    @Test
    void theDesktopEntryNamesTheWindowClassJavaFxGivesTheWindow() throws IOException {
        List<String> entry = Files.readAllLines(Path.of("packaging/linux/resources/pieces-os-control-panel.desktop"),
                StandardCharsets.UTF_8);
        assertTrue(entry.contains("StartupWMClass=" + PanelApplication.class.getName()),
                "StartupWMClass=" + PanelApplication.class.getName() + " in the desktop entry");
    }
}
