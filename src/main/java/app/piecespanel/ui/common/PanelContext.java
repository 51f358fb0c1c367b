package app.piecespanel.ui.common;

import app.piecespanel.api.OsApiClient;
import java.time.Clock;

/**
 * What a section is built from, handed over by the composition root (and by tests, with fakes where useful).
 * No section reaches for a global.
 */
public record PanelContext(
        OsApiClient client,
        UiThread ui,
        DialogService dialogs,
        DesktopIntegration desktop,
        ConnectionStatus connection,
        Clock clock,
        String panelVersion) {}
