package app.piecespanel.simulator;

import app.piecespanel.api.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spoils a good answer in the way a {@link Fault} describes. It knows the record the JSON came from, so it can find
 * the required fields and the enum values the contract defines.
 */
final class FaultShaper {
    static final String HTML_PAGE = "<!DOCTYPE html>\n<html><head><title>Welcome</title></head>"
            + "<body><h1>It works!</h1><p>This is not PiecesOS.</p></body></html>\n";
    private static final byte[] NOT_UTF8 = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28};

    private final JsonMapper json;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    FaultShaper(JsonMapper json) {
        this.json = json;
    }

    /** The answer as the fault spoils it; faults that act before the endpoint (hang, status, html, latency) pass. */
    SimResponse shape(SimResponse r, Fault fault) {
        if (fault instanceof Fault.EmptyBody) {
            return r.withBody(200, SimResponse.JSON, SimResponse.Body.of(new byte[0]));
        }
        if (fault instanceof Fault.NoContent) {
            return r.withBody(204, null, SimResponse.Body.of(new byte[0]));
        }
        if (fault instanceof Fault.Drip) {
            return r.withDelivery(new SimResponse.Delivery.Drip(((Fault.Drip) fault).perByte()));
        }
        if (fault instanceof Fault.ResetMidBody) {
            return r.withDelivery(new SimResponse.Delivery.ResetMidBody());
        }
        if (fault instanceof Fault.HugeBody) {
            return padded(r, ((Fault.HugeBody) fault).bytes());
        }
        if (fault instanceof Fault.InvalidUtf8) {
            return notUtf8(r);
        }
        if (!r.isJson()) {
            return r; // the rest spoil JSON, and there is none (a 204, an error text, a picture)
        }
        byte[] body = r.body().bytes();
        if (fault instanceof Fault.TruncatedJson) {
            return r.withBody(r.status(), r.contentType(), SimResponse.Body.of(java.util.Arrays.copyOf(body, body.length / 2)));
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            return r;
        }
        Class<?> model = r.model() == null ? null : r.model().getClass();
        JsonNode spoilt;
        if (fault instanceof Fault.WrongTypes) {
            spoilt = wrongTypes(tree);
        } else if (fault instanceof Fault.MissingRequiredField) {
            spoilt = tree.deepCopy();
            if (!(model != null && removeRequired(spoilt, model)) && spoilt.isObject()) {
                ((ObjectNode) spoilt).removeAll();
            }
        } else if (fault instanceof Fault.UnknownEnumAndExtraFields) {
            spoilt = tree.deepCopy();
            futureProof(spoilt, model);
        } else {
            return r;
        }
        return r.withBody(r.status(), r.contentType(), SimResponse.Body.of(json.writeValueAsBytes(spoilt)));
    }

    /** Same shape, every value of another type: text becomes a number, numbers and booleans become text. */
    private JsonNode wrongTypes(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = nodes.objectNode();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                o.set(e.getKey(), wrongTypes(e.getValue()));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = nodes.arrayNode();
            n.forEach(e -> a.add(wrongTypes(e)));
            return a;
        }
        if (n.isString()) {
            return nodes.numberNode(404);
        }
        if (n.isBoolean()) {
            return nodes.stringNode(n.booleanValue() ? "yes" : "no");
        }
        if (n.isNumber()) {
            return nodes.stringNode("about " + n.asString());
        }
        return n;
    }

    /** Removes the required fields at the shallowest level that has any; true when something was removed. */
    private boolean removeRequired(JsonNode node, Type type) {
        Class<?> cls = rawClass(type);
        if (node.isArray() && cls != null && List.class.isAssignableFrom(cls)) {
            boolean removed = false;
            for (JsonNode e : node) {
                removed |= removeRequired(e, elementType(type));
            }
            return removed;
        }
        if (!node.isObject() || cls == null || !cls.isRecord()) {
            return false;
        }
        ObjectNode o = (ObjectNode) node;
        boolean removed = false;
        for (RecordComponent rc : cls.getRecordComponents()) {
            JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
            if (p != null && p.required() && o.has(wireName(rc))) {
                o.remove(wireName(rc));
                removed = true;
            }
        }
        if (removed) {
            return true;
        }
        for (RecordComponent rc : cls.getRecordComponents()) {
            JsonNode child = o.get(wireName(rc));
            // the schema stamp is one clients may ignore; spoiling it would test nothing
            if (child != null && !rc.getName().equals("schema") && removeRequired(child, rc.getGenericType())) {
                return true;
            }
        }
        return false;
    }

    /** Every enum value becomes one no client knows; every object gains fields no client knows. */
    private void futureProof(JsonNode node, Type type) {
        Class<?> cls = rawClass(type);
        if (node.isArray()) {
            Type element = cls != null && List.class.isAssignableFrom(cls) ? elementType(type) : null;
            for (JsonNode e : node) {
                futureProof(e, element);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode o = (ObjectNode) node;
        if (cls != null && cls.isRecord()) {
            for (RecordComponent rc : cls.getRecordComponents()) {
                String name = wireName(rc);
                JsonNode child = o.get(name);
                if (child == null) {
                    continue;
                }
                if (OpenEnum.class.isAssignableFrom(rc.getType()) && child.isString()) {
                    o.put(name, "FUTURE_" + child.asString().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                } else {
                    futureProof(child, rc.getGenericType());
                }
            }
        } else {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                futureProof(e.getValue(), null);
            }
        }
        o.put("simAddedInAFutureVersion", true);
        o.putObject("simFutureSettings").put("level", 3).put("mode", "NEW_MODE");
    }

    private static String wireName(RecordComponent rc) {
        JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : rc.getName();
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class) {
            return (Class<?>) t;
        }
        if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() instanceof Class) {
            return (Class<?>) ((ParameterizedType) t).getRawType();
        }
        return null;
    }

    private static Type elementType(Type listType) {
        return listType instanceof ParameterizedType ? ((ParameterizedType) listType).getActualTypeArguments()[0] : null;
    }

    /** The same answer with an unknown text field in front that makes it about {@code total} bytes long. */
    private SimResponse padded(SimResponse r, long total) {
        byte[] original = r.isJson() ? r.body().bytes() : "{}".getBytes(StandardCharsets.UTF_8);
        String text = new String(original, StandardCharsets.UTF_8).trim();
        boolean array = text.startsWith("[");
        String rest = text.length() > 1 ? text.substring(1).trim() : "}";
        boolean emptyContainer = rest.equals("]") || rest.equals("}");
        byte[] prefix = (array ? "[\"" : "{\"simPadding\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] suffix = ("\"" + (emptyContainer ? rest : "," + rest)).getBytes(StandardCharsets.UTF_8);
        long padding = Math.max(0, total - prefix.length - suffix.length);
        SimResponse.Body body = new SimResponse.Body() {
            @Override
            public long length() {
                return prefix.length + padding + suffix.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(prefix);
                byte[] block = new byte[64 * 1024];
                java.util.Arrays.fill(block, (byte) 'x');
                for (long left = padding; left > 0; left -= block.length) {
                    out.write(block, 0, (int) Math.min(block.length, left));
                }
                out.write(suffix);
            }

            @Override
            public byte[] bytes() {
                return null;
            }
        };
        return r.withBody(200, SimResponse.JSON, body);
    }

    /** Bytes that are not UTF-8 inside the first text value (or in a new field when there is none). */
    private SimResponse notUtf8(SimResponse r) {
        byte[] original = r.isJson() ? r.body().bytes() : "{}".getBytes(StandardCharsets.UTF_8);
        String text = new String(original, StandardCharsets.UTF_8);
        int at = text.indexOf(":\"");
        int insertAfter = at >= 0 ? at + 2 : text.startsWith("[\"") ? 2 : -1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (insertAfter >= 0) {
            byte[] head = text.substring(0, insertAfter).getBytes(StandardCharsets.UTF_8);
            out.write(head, 0, head.length);
            out.write(NOT_UTF8, 0, NOT_UTF8.length);
            byte[] tail = text.substring(insertAfter).getBytes(StandardCharsets.UTF_8);
            out.write(tail, 0, tail.length);
        } else {
            String rest = text.trim().length() > 1 ? text.trim().substring(1).trim() : "}";
            byte[] head = "{\"simText\":\"".getBytes(StandardCharsets.UTF_8);
            out.write(head, 0, head.length);
            out.write(NOT_UTF8, 0, NOT_UTF8.length);
            byte[] tail = ("\"" + (rest.equals("}") ? "}" : "," + rest)).getBytes(StandardCharsets.UTF_8);
            out.write(tail, 0, tail.length);
        }
        return r.withBody(200, SimResponse.JSON, SimResponse.Body.of(out.toByteArray()));
    }
}
