package app.piecespanel.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Files page's earlier picks, kept between runs in {@code history.json} beside the settings: read and written on
 * a thread of its own (the window never waits for the disk), written whole or not at all ({@link AtomicFile}). A
 * file that cannot be read means an empty history and a notice, with the file kept as {@code history.json.damaged};
 * a single pick that makes no sense is left out and the rest kept.
 */
public final class PickHistoryStore implements AutoCloseable {
    static final String FILE = "history.json";
    private static final long MAX_BYTES = 8L << 20;

    /** One pick as kept: when, which picker, the extensions it was limited to, and the paths that came back. */
    public record SavedPick(Instant time, boolean folders, List<String> extensions, List<String> paths) {
        public SavedPick {
            extensions = List.copyOf(extensions);
            paths = List.copyOf(paths);
        }
    }

    /** What was read, and what to tell the person when not all of it could be. */
    public record Loaded(List<SavedPick> picks, Optional<String> notice) {}

    private final Path directory;
    private final LatestWriter<List<SavedPick>> writer;

    public PickHistoryStore(Path directory) {
        this.directory = directory;
        this.writer = new LatestWriter<>("history-io", this::write, e -> System.getLogger(PickHistoryStore.class
                .getName()).log(System.Logger.Level.WARNING, "The history of picks could not be saved to " + file()
                + ": " + e.getMessage()));
    }

    public Path file() {
        return directory.resolve(FILE);
    }

    /** Reads the history on the store's own thread. */
    public CompletableFuture<Loaded> loadLater() {
        return writer.onThread(this::load);
    }

    /** Reads the history now; never fails (no file means no history, silently). */
    public Loaded load() {
        JsonFile.Outcome outcome = JsonFile.read(file(), MAX_BYTES, "it is far larger than the history can be");
        if (outcome instanceof JsonFile.Outcome.Missing) {
            return new Loaded(List.of(), Optional.empty());
        } else if (outcome instanceof JsonFile.Outcome.Unreadable u) {
            return new Loaded(List.of(), Optional.of("Your earlier picks could not be read from " + file() + " ("
                    + u.reason() + ")."));
        } else if (outcome instanceof JsonFile.Outcome.Damaged d) {
            return damaged(d.why());
        }
        JsonNode picks = ((JsonFile.Outcome.Read) outcome).root().get("picks");
        if (picks == null || !picks.isArray()) {
            return damaged("it does not hold a list of picks");
        }
        List<SavedPick> read = new ArrayList<>();
        int dropped = 0;
        for (JsonNode p : picks) {
            Optional<SavedPick> one = pick(p);
            if (one.isPresent()) {
                read.add(one.get());
            } else {
                dropped++;
            }
        }
        if (dropped == 0) {
            return new Loaded(read, Optional.empty());
        }
        Path copy = keepCopy();
        return new Loaded(read, Optional.of(dropped + " of your earlier picks could not be read and are left out."
                + (copy == null ? "" : " The file as it was is kept as " + copy + ".")));
    }

    private static Optional<SavedPick> pick(JsonNode p) {
        if (!p.isObject() || !p.path("time").isString() || !p.path("kind").isString()
                || !p.path("paths").isArray() || !p.path("extensions").isArray()) {
            return Optional.empty();
        }
        String kind = p.get("kind").asString();
        if (!kind.equals("files") && !kind.equals("folders")) {
            return Optional.empty();
        }
        Instant time;
        try {
            time = Instant.parse(p.get("time").asString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        List<String> paths = texts(p.get("paths"));
        List<String> extensions = texts(p.get("extensions"));
        if (paths == null || extensions == null) {
            return Optional.empty();
        }
        return Optional.of(new SavedPick(time, kind.equals("folders"), extensions, paths));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isString()) {
                return null;
            }
            out.add(n.asString());
        }
        return out;
    }

    private Loaded damaged(String why) {
        Path copy = keepCopy();
        return new Loaded(List.of(), Optional.of("Your earlier picks could not be read (" + why
                + "), so the list starts empty." + (copy == null ? "" : " The file as it was is kept as " + copy + ".")));
    }

    private Path keepCopy() {
        return AtomicFile.keepDamagedCopy(file());
    }

    /** Writes {@code picks} on the store's own thread; the latest list wins. */
    public void saveLater(List<SavedPick> picks) {
        writer.submit(List.copyOf(picks));
    }

    private void write(List<SavedPick> picks) throws IOException {
        ObjectNode root = JsonFile.object();
        root.put("version", 1);
        ArrayNode list = root.putArray("picks");
        for (SavedPick p : picks) {
            ObjectNode o = list.addObject();
            o.put("time", p.time().toString());
            o.put("kind", p.folders() ? "folders" : "files");
            ArrayNode ext = o.putArray("extensions");
            p.extensions().forEach(ext::add);
            ArrayNode paths = o.putArray("paths");
            p.paths().forEach(paths::add);
        }
        JsonFile.write(file(), root);
    }

    /** Writes what is left (waiting a moment at most) and stops the store's thread. */
    @Override
    public void close() {
        writer.close();
    }
}
