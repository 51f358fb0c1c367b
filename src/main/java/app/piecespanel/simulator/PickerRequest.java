package app.piecespanel.simulator;

import java.util.List;

/**
 * What a client asked a picker for.
 *
 * @param path              the endpoint called (tells the generation apart)
 * @param folders           a folder picker rather than a file picker
 * @param allowedExtensions as sent; null when absent
 * @param allowMultiple     as sent; null when absent
 */
public record PickerRequest(String path, boolean folders, List<String> allowedExtensions, Boolean allowMultiple) {}
