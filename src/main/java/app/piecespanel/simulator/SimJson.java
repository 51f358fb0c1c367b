package app.piecespanel.simulator;

import app.piecespanel.api.model.EmbeddedModelSchema;
import app.piecespanel.api.model.SchemaVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/** The simulator's own JSON settings; deliberately not the client's, so a mistake in one is seen by the other. */
final class SimJson {
    /** The version stamp PiecesOS puts on its top-level models. */
    static final EmbeddedModelSchema SCHEMA =
            new EmbeddedModelSchema(0, SchemaVersion.of(SchemaVersion.Known.MAJOR_0_MINOR_0_PATCH_1));

    private SimJson() {}

    static JsonMapper newMapper() {
        SimpleModule numbers = new SimpleModule("pieces-sim-numbers");
        numbers.addSerializer(Double.class, new WholeNumbersPlain());
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // clients may send fields we do not know
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .addModule(numbers)
                .build();
    }

    /** PiecesOS writes byte counts and whole percentages as integers ({@code 17179869184}, not {@code 1.7E10}). */
    private static final class WholeNumbersPlain extends StdSerializer<Double> {
        WholeNumbersPlain() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext ctxt) {
            double d = value;
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15) {
                gen.writeNumber((long) d);
            } else {
                gen.writeNumber(d);
            }
        }
    }
}
