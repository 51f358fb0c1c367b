package app.piecespanel.ui.files;

/** Which of PiecesOS's pickers was asked. */
public enum PickKind {
    FILES,
    FOLDERS
}
