package app.piecespanel.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading one of the panel's own JSON files, and what it came to, for the settings and the history of picks. */
final class JsonFile {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFile() {}

    /** What reading a file came to. */
    sealed interface Outcome {
        /** There is no such file yet. */
        record Missing() implements Outcome {}

        /** It could not be read at all (permissions, a disk error): {@code reason} in plain words. */
        record Unreadable(String reason) implements Outcome {}

        /** It was read, but is no JSON at all: {@code why} in plain words. */
        record Damaged(String why) implements Outcome {}

        record Read(JsonNode root) implements Outcome {}
    }

    /** A new object to fill and {@link #write}. */
    static tools.jackson.databind.node.ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Writes {@code root} to {@code file}, indented, whole or not at all ({@link AtomicFile}). */
    static void write(Path file, JsonNode root) throws IOException {
        AtomicFile.write(file, (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@code file} as JSON; a file over {@code maxBytes} counts as damaged without being read. */
    static Outcome read(Path file, long maxBytes, String tooLarge) {
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                return new Outcome.Damaged(tooLarge);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException none) {
            return new Outcome.Missing();
        } catch (IOException e) {
            return new Outcome.Unreadable(AtomicFile.reason(e));
        }
        if (bytes.length == 0) {
            return new Outcome.Damaged("it is empty");
        }
        try {
            JsonNode root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            return root == null || root.isMissingNode() ? new Outcome.Damaged("it is empty") : new Outcome.Read(root);
        } catch (JacksonException e) {
            return new Outcome.Damaged("it is not valid JSON");
        }
    }
}
