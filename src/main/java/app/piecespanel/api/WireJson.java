package app.piecespanel.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The client's JSON settings: lenient about what may be added (unknown fields are ignored, so a newer PiecesOS
 * still reads), strict about what must be true (a required field missing or a value of the wrong type is an error,
 * never a silently half-read model), and absent values are left out of request bodies.
 */
public final class WireJson {
    private WireJson() {}

    /**
     * One mapper for every client (a mapper is thread-safe once built, and caches what it learns about each model
     * class), made on first use: building it loads a few hundred of Jackson's classes.
     */
    public static JsonMapper shared() {
        return Shared.MAPPER;
    }

    private static final class Shared {
        static final JsonMapper MAPPER = newMapper();
    }

    public static JsonMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // that flag covers text read as numbers and booleans; a number or boolean where text belongs
                // (a picked path of 404) is as wrong, and Jackson takes it as text unless told not to
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }
}
