package app.piecespanel.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Questions the panel asks a person, behind an interface so view-model tests can answer them without a window.
 * Methods are called on the UI thread.
 */
public interface DialogService {
    /** Asks to confirm an action; true when the person chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks where to save a text file; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName);

    /** Asks for a line of text (for example an address); empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** A short, non-modal notification that fades away by itself. */
    void notify(String message);
}
