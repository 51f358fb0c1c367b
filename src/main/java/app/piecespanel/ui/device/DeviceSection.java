package app.piecespanel.ui.device;

import app.piecespanel.api.model.OSDeviceCPUHardwareInformation;
import app.piecespanel.api.model.OSDeviceGPUHardwareInformation;
import app.piecespanel.api.model.OSDeviceInformationReturnable;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.ProblemBanner;
import app.piecespanel.ui.common.Section;
import app.piecespanel.ui.common.SectionPage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Device page: what PiecesOS reports of this machine, in cards, and diagnostics to copy or save for support. */
public final class DeviceSection implements Section {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final DeviceViewModel vm;
    private final FlowPane cards = new FlowPane(16, 16);
    private Node view;

    public DeviceSection(PanelContext context) {
        this.vm = new DeviceViewModel(context);
    }

    public DeviceViewModel viewModel() {
        return vm;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
            vm.refresh();
        }
        return view;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    private Node build() {
        Label title = SectionPage.title("Device");
        Label subtitle = SectionPage.wrapped("What PiecesOS knows of this computer: it decides which AI models can run here.",
                "text-muted");

        Button refresh = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
        refresh.setId("device-refresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.refresh());
        Button copy = new Button("Copy diagnostics", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("device-copy");
        copy.setOnAction(e -> vm.copyDiagnostics());
        Button save = new Button("Save to file…", new FontIcon(Material2MZ.SAVE_ALT));
        save.setId("device-save");
        save.setOnAction(e -> vm.saveDiagnostics());
        Label lastRead = new Label();
        lastRead.setId("device-last-read");
        lastRead.getStyleClass().add("text-muted");
        lastRead.textProperty().bind(Bindings.createStringBinding(() -> {
            Instant at = vm.lastReadProperty().get();
            return vm.busyProperty().get() ? "Reading…" : at == null ? "" : "Last read at " + TIME.format(at);
        }, vm.lastReadProperty(), vm.busyProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, refresh, copy, save, gap, lastRead);
        actions.setAlignment(Pos.CENTER_LEFT);

        ProblemBanner problem = new ProblemBanner("device");
        problem.problemProperty().bind(vm.problemProperty());
        problem.setOnAction(vm::retry);

        cards.setId("device-cards");
        vm.reportProperty().addListener((o, was, now) -> showCards(now));
        showCards(vm.reportProperty().get());

        VBox page = new VBox(14, title, subtitle, actions, problem, cards);
        page.setPadding(new Insets(24));
        page.getStylesheets().add(DeviceSection.class.getResource("device.css").toExternalForm());
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showCards(OSDeviceInformationReturnable r) {
        cards.getChildren().clear();
        if (r == null) {
            return;
        }
        cards.getChildren().add(card("device-card-device", Material2AL.COMPUTER, "This computer",
                r.name(), r.version() == null ? null : "PiecesOS " + r.version()));
        OSDeviceCPUHardwareInformation cpu = r.hardware() == null ? null : r.hardware().cpu();
        if (cpu != null) {
            String memory = DeviceViewModel.bytes(cpu.memory());
            cards.getChildren().add(card("device-card-cpu", Material2MZ.MEMORY, "Processor", cpu.name(),
                    memory == null ? null : memory + " of memory"));
        }
        OSDeviceGPUHardwareInformation gpu = r.hardware() == null ? null : r.hardware().gpu();
        if (gpu != null) {
            String memory = DeviceViewModel.bytes(gpu.memory());
            VBox c = card("device-card-gpu", Material2AL.DEVELOPER_BOARD, "Graphics", gpu.name(),
                    memory == null ? null : memory + " of graphics memory");
            String ai = DeviceViewModel.localAi(gpu);
            if (ai != null) {
                Label l = new Label(ai.substring(0, 1).toUpperCase() + ai.substring(1));
                l.setId("device-llm");
                l.getStyleClass().add(gpu.capabilities().llm() ? "good" : "bad");
                c.getChildren().add(l);
            }
            cards.getChildren().add(c);
        } else {
            cards.getChildren().add(card("device-card-gpu", Material2AL.DEVELOPER_BOARD, "Graphics",
                    "No graphics card reported", "Local AI models run on the processor, more slowly."));
        }
        if (r.dependencies() != null && r.dependencies().vulkan() != null) {
            boolean found = r.dependencies().vulkan();
            VBox c = card("device-card-vulkan", Material2AL.EXTENSION, "Vulkan",
                    found ? "Found" : "Missing",
                    found ? "PiecesOS can use the graphics card for local AI models."
                            : "Without Vulkan, local AI models cannot use the graphics card. Installing or updating "
                                    + "the graphics driver usually brings it.");
            c.lookup(".card-value").getStyleClass().add(found ? "good" : "bad");
            cards.getChildren().add(c);
        }
    }

    private static VBox card(String id, Ikon icon, String heading, String value, String note) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("card-icon");
        Label h = new Label(heading);
        h.getStyleClass().add("card-heading");
        HBox top = new HBox(8, i, h);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox c = new VBox(6, top);
        c.setId(id);
        c.getStyleClass().add("device-card");
        if (value != null && !value.isBlank()) {
            Label v = new Label(value);
            v.getStyleClass().add("card-value");
            v.setWrapText(true);
            c.getChildren().add(v);
        }
        if (note != null && !note.isBlank()) {
            Label n = new Label(note);
            n.getStyleClass().add("text-muted");
            n.setWrapText(true);
            n.setMinHeight(Region.USE_PREF_SIZE);
            c.getChildren().add(n);
        }
        c.setPrefWidth(360);
        c.setMinHeight(Region.USE_PREF_SIZE);
        return c;
    }
}
