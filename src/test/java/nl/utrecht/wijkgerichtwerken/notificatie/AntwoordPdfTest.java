package nl.utrecht.wijkgerichtwerken.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

import nl.utrecht.wijkgerichtwerken.organisatie.TestOrganisatie;

/**
 * The answer as a PDF, read back with PDFBox as a screen reader or archive would: every point with its standpunt and
 * motivering is text in it, and it is a tagged document in Dutch with a title and its font embedded (PDF/UA).
 */
class AntwoordPdfTest {

    private final Antwoordbrieven brieven = new Antwoordbrieven(new Pdfopmaak(), null);

    @Test
    void deReactieHeeftElkPuntMetStandpuntEnMotiveringEnIsEenGetagdNederlandsDocument() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("wijkplatform", "Wijkplatform Oost");
        model.put("onderwerp", "Oversteek Oosterspoorplein");
        model.put("punten", Spin.JSON("[{\"tekst\":\"Een <b>veilige</b> oversteek & meer licht\",\"standpuntLabel\":\"Overgenomen\","
                + "\"motivering\":\"De oversteek ligt op een schoolroute.\"},"
                + "{\"tekst\":\"Meer groen\",\"standpuntLabel\":\"Nader onderzoek\",\"motivering\":\"Wij zoeken uit waar groen past.\"}]"));
        model.put("vervolg", "De oversteek wordt in april aangelegd.");

        try (PDDocument pdf = Loader.loadPDF(brieven.pdf(Antwoordsoort.ADVIESREACTIE, "ADV-2026-000042", model))) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Gemeente Utrecht", "ADV-2026-000042", "Reactie op uw advies", "Oversteek Oosterspoorplein",
                    "Adviespunt 1", "Een <b>veilige</b> oversteek & meer licht", "Standpunt: Overgenomen",
                    "Motivering: De oversteek ligt op een schoolroute.",
                    "Adviespunt 2", "Meer groen", "Standpunt: Nader onderzoek", "Motivering: Wij zoeken uit waar groen past.",
                    "De oversteek wordt in april aangelegd.");
            assertToegankelijk(pdf, "Reactie op advies ADV-2026-000042");
        }
    }

    @Test
    void hetBesluitOverEenInitiatiefNoemtBesluitMotiveringEnBezwaar() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("titel", "Moestuin Kanaleneiland");
        model.put("initiatiefnemer", "Fatima");
        model.put("besluit", "ja-mits");
        model.put("motivering", "Past in het wijkplan.");
        model.put("voorwaarden", "Onderhoud door de buurt.");
        model.put("toegekendBedrag", 1500.0);
        model.put("gevraagdBedrag", 2500.0);
        model.put("samenwerkingsvormNaam", "Overheidsmiddelen");
        model.put("samenwerkingsvormBetekenis", "De gemeente stelt subsidie of faciliteiten beschikbaar.");

        try (PDDocument pdf = Loader.loadPDF(brieven.pdf(Antwoordsoort.INITIATIEFBESLUIT, "INI-2026-000007", model))) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Besluit over uw initiatief", "Moestuin Kanaleneiland", "onder voorwaarden",
                    "Past in het wijkplan.", "Onderhoud door de buurt.", "€ 1.500", "Bezwaar maken", "INI-2026-000007",
                    "Hoe we samenwerken", "Overheidsmiddelen: De gemeente stelt subsidie");
            assertToegankelijk(pdf, "Besluit over initiatief INI-2026-000007");
        }
    }

    @Test
    void hetBesluitOverEenEscalatieNoemtToelichtingEnAfspraken() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("titel", "Zwerfafval Overvecht");
        model.put("wijk", "overvecht");
        model.put("organisatie", TestOrganisatie.organisatie());
        model.put("uitkomst", "bestuurlijk-besluit");
        model.put("toelichting", "Het college trekt extra budget uit.");
        model.put("afspraken", "Elke week een extra ronde.");

        try (PDDocument pdf = Loader.loadPDF(brieven.pdf(Antwoordsoort.ESCALATIEBESLUIT, "ESC-2026-000003", model))) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Besluit over de escalatie", "Zwerfafval Overvecht", "Het bestuur heeft over deze escalatie besloten.",
                    "Het college trekt extra budget uit.", "Elke week een extra ronde.");
            assertToegankelijk(pdf, "Besluit over escalatie ESC-2026-000003");
        }
    }

    /** The fonts are parsed once and lent out (Lettertypen): letters made at the same moment each stay whole. */
    @Test
    void brievenDieTegelijkWordenGemaaktHoudenElkHunEigenTekst() throws Exception {
        var taken = new java.util.ArrayList<java.util.concurrent.Callable<byte[]>>();
        for (int i = 1; i <= 12; i++) {
            Map<String, Object> model = new HashMap<>();
            model.put("wijkplatform", "Wijkplatform Oost");
            model.put("onderwerp", "Onderwerp nummer " + i);
            model.put("punten", Spin.JSON("[{\"tekst\":\"Punt van brief " + i + "\",\"standpuntLabel\":\"Overgenomen\","
                    + "\"motivering\":\"Motivering van brief " + i + " met ëën trema.\"}]"));
            model.put("vervolg", "Vervolg " + i);
            String zaak = String.format("ADV-2026-%06d", i);
            taken.add(() -> brieven.pdf(Antwoordsoort.ADVIESREACTIE, zaak, model));
        }
        var uitvoerder = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var pdfs = uitvoerder.invokeAll(taken);
            for (int i = 1; i <= 12; i++) {
                try (PDDocument pdf = Loader.loadPDF(pdfs.get(i - 1).get())) {
                    String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                    assertThat(tekst).contains("Onderwerp nummer " + i + " ", "Punt van brief " + i + " ",
                            "Motivering van brief " + i + " met ëën trema.");
                    assertToegankelijk(pdf, String.format("Reactie op advies ADV-2026-%06d", i));
                }
            }
        } finally {
            uitvoerder.shutdown();
        }
    }

    static void assertToegankelijk(PDDocument pdf, String titel) throws IOException {
        var catalogus = pdf.getDocumentCatalog();
        assertThat(catalogus.getStructureTreeRoot()).as("tagged: a structure tree").isNotNull();
        assertThat(catalogus.getStructureTreeRoot().getKids()).as("the structure tree has content").isNotEmpty();
        assertThat(catalogus.getMarkInfo()).isNotNull();
        assertThat(catalogus.getMarkInfo().isMarked()).as("MarkInfo /Marked true").isTrue();
        assertThat(catalogus.getLanguage()).as("document language").startsWith("nl");
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(titel);
        assertThat(catalogus.getViewerPreferences()).isNotNull();
        assertThat(catalogus.getViewerPreferences().displayDocTitle()).as("viewers show the title, not the file name").isTrue();
        assertThat(catalogus.getMetadata()).as("XMP metadata (PDF/UA identifier)").isNotNull();
        String xmp = new String(catalogus.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xmp).contains("pdfuaid:part").contains(titel);
        for (var pagina : pdf.getPages()) {
            for (var naam : pagina.getResources().getFontNames()) {
                PDFont font = pagina.getResources().getFont(naam);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
        }
    }
}
