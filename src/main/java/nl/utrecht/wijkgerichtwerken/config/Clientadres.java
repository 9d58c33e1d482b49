package nl.utrecht.wijkgerichtwerken.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address of the client behind a request, for the rate limits. Forwarded headers ({@code Forwarded},
 * {@code X-Forwarded-For}) are read only when the direct peer is one of the trusted reverse proxies
 * ({@code wijk.vertrouwde-proxies}: IP addresses or CIDR ranges, default none); then the rightmost address that is
 * not itself a trusted proxy is the client. Anyone else's forwarded headers are ignored, so a client cannot choose
 * the address it is counted under.
 */
@Component
public class Clientadres {

    private record Bereik(byte[] netwerk, int prefix) {
    }

    private final List<Bereik> vertrouwd;

    Clientadres(@Value("${wijk.vertrouwde-proxies:}") List<String> vertrouwdeProxies) {
        List<Bereik> bereiken = new ArrayList<>();
        for (String proxy : vertrouwdeProxies) {
            if (!proxy.isBlank()) {
                bereiken.add(bereik(proxy.trim()));
            }
        }
        this.vertrouwd = List.copyOf(bereiken);
    }

    public String van(HttpServletRequest verzoek) {
        String peer = verzoek.getRemoteAddr();
        if (!vertrouwd(peer)) {
            return peer;
        }
        List<String> keten = doorgestuurd(verzoek);
        Collections.reverse(keten);
        for (String adres : keten) {
            if (!vertrouwd(adres)) {
                return adres;
            }
        }
        return keten.isEmpty() ? peer : keten.get(keten.size() - 1);
    }

    /** The forwarded-for chain, client first; from {@code Forwarded} when present, else {@code X-Forwarded-For}. */
    private static List<String> doorgestuurd(HttpServletRequest verzoek) {
        List<String> keten = new ArrayList<>();
        for (String forwarded : Collections.list(verzoek.getHeaders("Forwarded"))) {
            for (String element : forwarded.split(",")) {
                for (String paar : element.split(";")) {
                    String[] delen = paar.trim().split("=", 2);
                    if (delen.length == 2 && delen[0].trim().toLowerCase(Locale.ROOT).equals("for")) {
                        keten.add(zonderPoort(delen[1].trim().replace("\"", "")));
                    }
                }
            }
        }
        if (keten.isEmpty()) {
            for (String xff : Collections.list(verzoek.getHeaders("X-Forwarded-For"))) {
                for (String adres : xff.split(",")) {
                    if (!adres.isBlank()) {
                        keten.add(zonderPoort(adres.trim()));
                    }
                }
            }
        }
        return keten;
    }

    private static String zonderPoort(String adres) {
        if (adres.startsWith("[")) {
            int einde = adres.indexOf(']');
            return einde > 0 ? adres.substring(1, einde) : adres;
        }
        int dubbelePunt = adres.indexOf(':');
        return dubbelePunt > 0 && adres.indexOf(':', dubbelePunt + 1) < 0 ? adres.substring(0, dubbelePunt) : adres;
    }

    private boolean vertrouwd(String adres) {
        byte[] bytes = alsBytes(adres);
        return bytes != null && vertrouwd.stream().anyMatch(b -> binnen(bytes, b));
    }

    private static boolean binnen(byte[] adres, Bereik bereik) {
        if (adres.length != bereik.netwerk().length) {
            return false;
        }
        int bits = bereik.prefix();
        for (int i = 0; i < adres.length && bits > 0; i++, bits -= 8) {
            int masker = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((adres[i] & masker) != (bereik.netwerk()[i] & masker)) {
                return false;
            }
        }
        return true;
    }

    private static Bereik bereik(String proxy) {
        String[] delen = proxy.split("/", 2);
        byte[] netwerk = alsBytes(delen[0]);
        if (netwerk == null) {
            throw new IllegalArgumentException("wijk.vertrouwde-proxies: '" + proxy + "' is geen IP-adres of CIDR-bereik");
        }
        int prefix = delen.length == 2 ? Integer.parseInt(delen[1]) : netwerk.length * 8;
        return new Bereik(netwerk, prefix);
    }

    /** The bytes of a literal IPv4 or IPv6 address; null for anything else (no name lookups). */
    private static byte[] alsBytes(String adres) {
        if (adres == null || adres.isBlank() || !(adres.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || adres.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"))) {
            return null;
        }
        try {
            return InetAddress.getByName(adres).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
