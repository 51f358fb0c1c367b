package app.piecespanel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The panel's name and version, from the pom (one place) through a filtered resource. */
public record AppInfo(String name, String version) {

    public static AppInfo load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppInfo(p.getProperty("name", "Pieces OS Control Panel"), p.getProperty("version", "unknown"));
    }
}
