package nl.utrecht.wijkgerichtwerken.zaak;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Files as a sender would upload them, and multipart bodies with them in the field {@code bestand}. */
public final class Uploads {

    private Uploads() {
    }

    /** A small but real PDF (header, one object, trailer) of at least {@code grootte} bytes. */
    public static byte[] pdf(int grootte) {
        String kop = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
        String staart = "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        byte[] pdf = new byte[Math.max(grootte, kop.length() + staart.length())];
        java.util.Arrays.fill(pdf, (byte) ' ');
        byte[] k = kop.getBytes(StandardCharsets.ISO_8859_1);
        byte[] s = staart.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(k, 0, pdf, 0, k.length);
        System.arraycopy(s, 0, pdf, pdf.length - s.length, s.length);
        return pdf;
    }

    /** The start of a Linux executable (ELF). */
    public static byte[] elf() {
        byte[] elf = new byte[512];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        return elf;
    }

    /** The start of a Windows executable (MZ header pointing to a PE header). */
    public static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, exe, 0x80, 4);
        return exe;
    }

    /** A zip that is no Office document. */
    public static byte[] zip() throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.putNextEntry(new ZipEntry("leesmij.txt"));
            zip.write("hallo".getBytes(StandardCharsets.UTF_8));
        }
        return uit.toByteArray();
    }

    public static ByteArrayResource bestand(String naam, byte[] inhoud) {
        return new ByteArrayResource(inhoud) {
            @Override
            public String getFilename() {
                return naam;
            }
        };
    }

    /** A multipart body with these files in {@code bestand}, to post as is. */
    public static HttpEntity<MultiValueMap<String, Object>> multipart(ByteArrayResource... bestanden) {
        return multipart(new LinkedMultiValueMap<>(), bestanden);
    }

    public static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> velden,
            ByteArrayResource... bestanden) {
        for (ByteArrayResource bestand : bestanden) {
            velden.add("bestand", bestand);
        }
        HttpHeaders koppen = new HttpHeaders();
        koppen.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(velden, koppen);
    }
}
