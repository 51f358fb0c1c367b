package app.piecespanel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The packaged app image (from {@code mvn -Ppackage package}) against {@link FloorWindow} packaged by jpackage with
 * the very same options (jpackage.cfg and this platform's file, as the build generated them) and only the JavaFX jars.
 */
final class PackageSize {
    private static final Path CONFIG = Path.of("target/jpackage/config");
    private static final Path INPUT = Path.of("target/jpackage/input");
    private static final Path INSTALLERS = Path.of("target/installer");

    static List<Row> run() throws Exception {
        Path appImage = findAppImage();
        if (appImage == null) {
            System.err.println("size: no app image in " + INSTALLERS + "; run `mvn -B -Ppackage -DskipTests package` first");
            return List.of();
        }
        Path work = Path.of("target/bench-size");
        deleteTree(work);
        Path input = Files.createDirectories(work.resolve("input"));
        try (Stream<Path> jars = Files.list(INPUT)) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("javafx-")).toList()) {
                Files.copy(jar, input.resolve(jar.getFileName()));
            }
        }
        writeFloorJar(input.resolve("floor.jar"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jpackage").toString(),
                "@" + CONFIG.resolve("jpackage.cfg"), "@" + CONFIG.resolve("packaging/linux/platform.cfg"),
                "--type", "app-image", "--name", "floor", "--input", input.toString(), "--main-jar", "floor.jar",
                "--main-class", FloorWindow.class.getName(), "--dest", work.resolve("out").toString()));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jpackage of the floor app failed: " + cmd);
        }
        // the class-data archive is written where the app is installed (packaging/linux/desktop/cds-archive.sh), not
        // shipped: the installers carry the rest
        Path archive = appImage.resolve("lib/app/panel.jsa");
        double archiveMb = Files.isRegularFile(archive) ? Files.size(archive) / 1048576.0 : 0;
        double app = size(appImage) / 1048576.0 - archiveMb;
        double floor = size(work.resolve("out/floor")) / 1048576.0;
        List<Row> rows = new ArrayList<>(List.of(new Row("size: app image as shipped (what the installers carry)",
                new Stats(List.of(app)), new Stats(List.of(floor)), "MB", 1.2,
                "(baseline: a one-window JavaFX app packaged with the same options)")));
        if (archiveMb > 0) {
            rows.add(new Row("size: installed, with the class-data archive written at install", new Stats(List.of(app + archiveMb)),
                    new Stats(List.of(floor)), "MB", 1.2, "(the archive: " + Math.round(archiveMb) + " MB)"));
        }
        return rows;
    }

    private static Path findAppImage() throws IOException {
        if (!Files.isDirectory(INSTALLERS)) {
            return null;
        }
        try (Stream<Path> s = Files.list(INSTALLERS)) {
            return s.filter(Files::isDirectory).findFirst().orElse(null);
        }
    }

    private static void writeFloorJar(Path jar) throws IOException {
        Path classes = Path.of(FloorWindow.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path marks = Path.of(app.piecespanel.StartupMarks.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("app/piecespanel/bench/FloorWindow.class", "app/piecespanel/bench/FloorWindow$Window.class")) {
                out.putNextEntry(new JarEntry(name));
                out.write(Files.readAllBytes(classes.resolve(name)));
            }
            out.putNextEntry(new JarEntry("app/piecespanel/StartupMarks.class"));
            out.write(Files.readAllBytes(marks.resolve("app/piecespanel/StartupMarks.class")));
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private PackageSize() {}
}
