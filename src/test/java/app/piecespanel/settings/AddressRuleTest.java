package app.piecespanel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRuleTest {

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:39300, http://127.0.0.1:39300, true",
            "' http://localhost:1000/ ', http://localhost:1000, true",
            "http://[::1]:39300, http://[::1]:39300, true",
            "HTTPS://pieces.example.org:8443, https://pieces.example.org:8443, false",
            "http://192.168.1.20:39300, http://192.168.1.20:39300, false"})
    void usableAddressesAreCleanedAndToldApart(String typed, String clean, boolean loopback) {
        AddressRule.Verdict v = AddressRule.check(typed);
        AddressRule.Verdict.Usable u = assertInstanceOf(AddressRule.Verdict.Usable.class, v);
        assertEquals(URI.create(clean), u.uri());
        assertEquals(loopback, u.loopback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "39300", "localhost:39300", "ftp://127.0.0.1", "http://", "http://user:pw@127.0.0.1:1",
            "http://127.0.0.1:39300/os/health", "not an address at all", "file:///etc/passwd"})
    void anythingElseIsRefusedInPlainWords(String typed) {
        AddressRule.Verdict.Unusable u = assertInstanceOf(AddressRule.Verdict.Unusable.class, AddressRule.check(typed));
        assertEquals(false, u.reason().isBlank());
    }
}
