package app.piecespanel.api;

/** What one discovery step tried and what came of it, for Settings, the tooltip and {@code --doctor}. */
public record StepReport(DiscoveryStep step, String target, boolean found, String note) {}
