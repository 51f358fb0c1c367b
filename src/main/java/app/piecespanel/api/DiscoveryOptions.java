package app.piecespanel.api;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Where to look for PiecesOS.
 *
 * @param manualAddress the address set in Settings, or null for automatic
 * @param portFiles where PiecesOS may have written its port (first existing one wins)
 * @param scanHost the host scanned and tried on legacy ports (loopback)
 * @param scanFrom first port of the scan, inclusive
 * @param scanTo last port of the scan, inclusive
 * @param legacyPorts fixed ports of older PiecesOS versions
 */
public record DiscoveryOptions(URI manualAddress, List<Path> portFiles, String scanHost, int scanFrom, int scanTo,
        List<Integer> legacyPorts) {

    public static final int SCAN_FROM = 39300;
    public static final int SCAN_TO = 39333;

    public DiscoveryOptions {
        portFiles = List.copyOf(portFiles);
        legacyPorts = List.copyOf(legacyPorts);
    }

    /** As real PiecesOS clients look: this user's port file, the scan range, then 1000 and 5323. */
    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(null, defaultPortFiles(System.getProperty("user.home"),
                System.getProperty("os.name", "")), "127.0.0.1", SCAN_FROM, SCAN_TO, List.of(1000, 5323));
    }

    static List<Path> defaultPortFiles(String home, String osName) {
        Path h = Path.of(home);
        Path documents = h.resolve("Documents/com.pieces.os/production/Config/.port.txt");
        Path library = h.resolve("Library/com.pieces.os/production/Config/.port.txt");
        return osName.toLowerCase().contains("mac") ? List.of(library, documents) : List.of(documents);
    }

    public DiscoveryOptions withManualAddress(URI address) {
        return new DiscoveryOptions(address, portFiles, scanHost, scanFrom, scanTo, legacyPorts);
    }

    public DiscoveryOptions withPortFiles(List<Path> files) {
        return new DiscoveryOptions(manualAddress, files, scanHost, scanFrom, scanTo, legacyPorts);
    }

    public DiscoveryOptions withScanRange(int from, int to) {
        return new DiscoveryOptions(manualAddress, portFiles, scanHost, from, to, legacyPorts);
    }

    public DiscoveryOptions withLegacyPorts(List<Integer> ports) {
        return new DiscoveryOptions(manualAddress, portFiles, scanHost, scanFrom, scanTo, ports);
    }
}
