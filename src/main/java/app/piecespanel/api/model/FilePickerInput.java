package app.piecespanel.api.model;

import java.util.List;

/** Request body of the file picker; {@code allowedExtensions} filters it (e.g. {@code ["java","md"]}), {@code allowMultiple} is the current generation's. */
public record FilePickerInput(
        EmbeddedModelSchema schema,
        List<String> allowedExtensions,
        Boolean allowMultiple) {
    public FilePickerInput {
        allowedExtensions = allowedExtensions == null ? null : List.copyOf(allowedExtensions);
    }
}
