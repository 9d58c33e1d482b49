package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Whose address a request counts under: forwarded headers only from the configured reverse proxies. */
class ClientadresTest {

    private static MockHttpServletRequest verzoek(String peer, String xff, String forwarded) {
        MockHttpServletRequest verzoek = new MockHttpServletRequest();
        verzoek.setRemoteAddr(peer);
        if (xff != null) {
            verzoek.addHeader("X-Forwarded-For", xff);
        }
        if (forwarded != null) {
            verzoek.addHeader("Forwarded", forwarded);
        }
        return verzoek;
    }

    @Test
    void zonderVertrouwdeProxyTeltAlleenDeDirecteVerbinding() {
        Clientadres clientadres = new Clientadres(List.of());
        assertThat(clientadres.van(verzoek("203.0.113.5", "198.51.100.1", "for=198.51.100.2"))).isEqualTo("203.0.113.5");
    }

    @Test
    void eenClientKanZijnAdresNietKiezenMetEenEigenForwardedHeader() {
        Clientadres clientadres = new Clientadres(List.of("10.0.0.0/8"));
        // not from the proxy: the header is the client's own words
        assertThat(clientadres.van(verzoek("203.0.113.5", "198.51.100.1", null))).isEqualTo("203.0.113.5");
        // through the proxy, a header the client made up itself stands left of what the proxy appended
        assertThat(clientadres.van(verzoek("10.1.2.3", "198.51.100.1, 203.0.113.5", null))).isEqualTo("203.0.113.5");
    }

    @Test
    void achterVertrouwdeProxiesTeltHetAdresDatZijDoorgeven() {
        Clientadres clientadres = new Clientadres(List.of("10.0.0.0/8", "192.168.1.10", "2001:db8::/32"));
        assertThat(clientadres.van(verzoek("10.1.2.3", "203.0.113.5, 192.168.1.10", null))).isEqualTo("203.0.113.5");
        assertThat(clientadres.van(verzoek("10.1.2.3", null, "for=203.0.113.6;proto=https, for=\"[2001:db8::1]:443\"")))
                .isEqualTo("203.0.113.6");
        assertThat(clientadres.van(verzoek("2001:db8::5", "203.0.113.7:5100", null))).isEqualTo("203.0.113.7");
        assertThat(clientadres.van(verzoek("10.1.2.3", null, null))).isEqualTo("10.1.2.3");
    }
}
