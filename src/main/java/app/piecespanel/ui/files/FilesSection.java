package app.piecespanel.ui.files;

import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import javafx.scene.Node;

/**
 * The Files page: PiecesOS's file and folder pickers. The view-model is made at once (cheap, and it holds the
 * history and any pick in progress while the person is elsewhere in the panel); the view on the first visit.
 */
public final class FilesSection implements Section {
    private final PanelContext context;
    private final FilesViewModel viewModel;
    private FilesView view;

    public FilesSection(PanelContext context) {
        this(context, null);
    }

    /** @param saved where earlier picks are kept between runs; null keeps them for this run only */
    public FilesSection(PanelContext context, app.piecespanel.settings.PickHistoryStore saved) {
        this.context = context;
        this.viewModel = new FilesViewModel(context, saved);
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new FilesView(viewModel, context.clock().getZone());
            viewModel.readEarlierPicks();
        }
        return view.root();
    }

    /** Looks the shown paths up on this machine again; nothing here needs PiecesOS to be read again. */
    @Override
    public void refresh() {
        viewModel.recheck();
    }

    /** PiecesOS coming back changes nothing on this page: what was picked stays as it is. */
    @Override
    public void connectionReturned() {}

    /** The page's state, for tests and the shell. */
    public FilesViewModel viewModel() {
        return viewModel;
    }
}
