package app.piecespanel.bench;

import java.util.Locale;

/**
 * One line of the table: what the panel measured, what its baseline measured in the same run, and the target for
 * their ratio (or, where there is no baseline, for the value itself).
 */
record Row(String name, Stats panel, Stats baseline, String unit, double target, String note) {

    double ratio() {
        return baseline == null ? Double.NaN : panel.median() / baseline.median();
    }

    boolean met() {
        return baseline == null ? panel.median() <= target : ratio() <= target;
    }

    String format() {
        String p = show(panel);
        String b = baseline == null ? "—" : show(baseline);
        String r = baseline == null ? "—" : String.format(Locale.ROOT, "%.2fx", ratio());
        String t = baseline == null ? String.format(Locale.ROOT, "≤ %s %s", num(target), unit) : String.format(Locale.ROOT, "≤ %.2fx", target);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%s", name, p, b, r, t, met() ? "met" : "MISSED",
                note.isEmpty() ? "" : " " + note);
    }

    private String show(Stats s) {
        return String.format(Locale.ROOT, "%s %s (%s–%s)", num(s.median()), unit, num(s.min()), num(s.max()));
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
