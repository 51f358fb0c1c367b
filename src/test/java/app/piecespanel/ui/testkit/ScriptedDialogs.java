package app.piecespanel.ui.testkit;

import app.piecespanel.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A person who answers the panel's questions from a script, and whose answers and notifications tests can read. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> confirmations = new CopyOnWriteArrayList<>();
    public final List<String> notifications = new CopyOnWriteArrayList<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
    private final Deque<Optional<String>> textAnswers = new ArrayDeque<>();
    private boolean defaultConfirm = true;

    /** What the next confirmations answer (in order); afterwards {@link #alwaysConfirm}. */
    public synchronized ScriptedDialogs answerConfirm(Boolean... answers) {
        confirmAnswers.addAll(List.of(answers));
        return this;
    }

    public synchronized ScriptedDialogs alwaysConfirm(boolean yes) {
        defaultConfirm = yes;
        return this;
    }

    public synchronized ScriptedDialogs answerSave(Path path) {
        saveAnswers.add(Optional.ofNullable(path));
        return this;
    }

    public synchronized ScriptedDialogs answerText(String text) {
        textAnswers.add(Optional.ofNullable(text));
        return this;
    }

    @Override
    public synchronized boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + ": " + message);
        Boolean next = confirmAnswers.poll();
        return next == null ? defaultConfirm : next;
    }

    @Override
    public synchronized Optional<Path> chooseSaveFile(String title, String suggestedName) {
        Optional<Path> next = saveAnswers.poll();
        return next == null ? Optional.empty() : next;
    }

    @Override
    public synchronized Optional<String> askText(String title, String prompt, String initial) {
        Optional<String> next = textAnswers.poll();
        return next == null ? Optional.empty() : next;
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }
}
