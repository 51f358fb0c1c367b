package app.piecespanel.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.WireJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class WireModelTest {
    private final JsonMapper json = WireJson.newMapper();

    @Test
    void readsAProviderWithMixedCasingAndMasksItsToken() {
        var p = json.readValue("""
                {"type":"github","user_id":"u1","access_token":"tok-SECRET","isSocial":true,
                 "created":{"value":"2024-05-01T10:00:00.000Z"},"updated":{"value":"2024-05-02T10:00:00Z","readable":"yesterday"},
                 "profileData":{"name":"Ada","public_repos":12,"two_factor_authentication":true},"brandNew":{"x":1}}
                """, ExternalProvider.class);
        assertTrue(p.type().is(ExternalProviderType.Known.GITHUB));
        assertEquals("u1", p.userId());
        assertEquals(Boolean.TRUE, p.isSocial());
        assertEquals(12L, p.profileData().publicRepos());
        assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC), p.created().value());
        assertEquals("tok-SECRET", p.accessToken().reveal());
        assertFalse(p.toString().contains("tok-SECRET"), p.toString());
        assertTrue(json.writeValueAsString(p).contains("\"isSocial\":true"));
        assertTrue(json.writeValueAsString(p).contains("\"user_id\":\"u1\""));
    }

    @Test
    void keepsAnUnknownEnumValueAsSent() {
        var s = json.readValue("{\"status\":\"WAITING_FOR_MOON\",\"percentage\":12.5}", OSServerUpdateStatus.class);
        assertEquals("WAITING_FOR_MOON", s.status().value());
        assertTrue(s.status().known().isEmpty());
        assertEquals(12.5, s.percentage());
        assertEquals("{\"status\":\"WAITING_FOR_MOON\",\"percentage\":12.5}", json.writeValueAsString(s));
    }

    @Test
    void rejectsAMissingRequiredFieldAndAWrongType() {
        assertThrows(JacksonException.class, () -> json.readValue("{\"percentage\":1}", OSServerUpdateStatus.class));
        assertThrows(JacksonException.class, () -> json.readValue("{\"vulkan\":\"yes\"}", OSDeviceDependenciesInformation.class));
    }

    @Test
    void leavesAbsentValuesOutOfRequests() {
        assertEquals("{}", json.writeValueAsString(new FilePickerInput(null, null, null)));
        assertEquals("{\"allowedExtensions\":[\"md\"]}", json.writeValueAsString(new FilePickerInput(null, java.util.List.of("md"), null)));
    }
}
