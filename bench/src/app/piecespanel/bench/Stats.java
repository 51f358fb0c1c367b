package app.piecespanel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A handful of measurements: their median and spread (min–max), which is all a noisy shared machine allows. */
record Stats(List<Double> values) {
    Stats {
        values = new ArrayList<>(values);
        Collections.sort(values);
    }

    double median() {
        int n = values.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    double min() {
        return values.isEmpty() ? Double.NaN : values.get(0);
    }

    double max() {
        return values.isEmpty() ? Double.NaN : values.get(values.size() - 1);
    }
}
