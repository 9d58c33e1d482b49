package nl.utrecht.wijkgerichtwerken.zaak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;


/**
 * Documents on a case, for officials and submitters alike: checked before anything is stored (number of files, size
 * of each and of the case together, type from the content, the name cleaned), then kept in the {@link Documentopslag}.
 * Every refusal names the field {@code bestand} and the file.
 */
@Component
public class Documenten {

    /** The multipart field of an upload. */
    public static final String VELD = "bestand";

    /** Bytes read from the start of a file to tell its type. */
    private static final int KOP = 64 * 1024;

    private final Documentopslag opslag;
    private final Documentinstellingen instellingen;

    Documenten(Documentopslag opslag, Documentinstellingen instellingen) {
        this.opslag = opslag;
        this.instellingen = instellingen;
    }

    /** Checks all files, then stores them; nothing is stored when one is refused. */
    public List<Document> voegToe(String zaaknummer, List<MultipartFile> bestanden, String door, boolean vertrouwelijk) {
        List<MultipartFile> gekozen = gekozen(bestanden);
        List<Document> nieuw = controleer(zaaknummer, gekozen, door, vertrouwelijk, true);
        List<Document> bewaard = new ArrayList<>();
        for (int i = 0; i < gekozen.size(); i++) {
            try (InputStream inhoud = gekozen.get(i).getInputStream()) {
                bewaard.add(opslag.bewaar(nieuw.get(i), inhoud));
            } catch (IOException fout) {
                throw new UncheckedIOException(fout);
            }
        }
        return bewaard;
    }

    /** Checks the optional attachments of a form before its case exists (none chosen is fine). */
    public void controleerBijlagen(List<MultipartFile> bestanden) {
        List<MultipartFile> gekozen = gekozen(bestanden);
        if (!gekozen.isEmpty()) {
            controleer(null, gekozen, null, false, false);
        }
    }

    /** The attachments of a form whose case now exists, already checked; none is fine. */
    public List<Document> voegBijlagenToe(String zaaknummer, List<MultipartFile> bestanden, String door) {
        return gekozen(bestanden).isEmpty() ? List.of() : voegToe(zaaknummer, bestanden, door, false);
    }

    private static List<MultipartFile> gekozen(List<MultipartFile> bestanden) {
        return bestanden == null ? List.of()
                : bestanden.stream().filter(b -> b != null && !(b.isEmpty() && leeg(b.getOriginalFilename()))).toList();
    }

    private List<Document> controleer(String zaaknummer, List<MultipartFile> gekozen, String door, boolean vertrouwelijk,
            boolean metZaak) {
        Invoercontrole controle = new Invoercontrole();
        if (gekozen.isEmpty()) {
            controle.fout(VELD, "kies een bestand om toe te voegen");
        }
        if (gekozen.size() > instellingen.maxBestanden()) {
            controle.fout(VELD, "u kunt hoogstens " + instellingen.maxBestanden() + " bestanden tegelijk toevoegen (nu "
                    + gekozen.size() + ")");
        }
        List<Document> nieuw = new ArrayList<>();
        long samen = 0;
        for (MultipartFile bestand : controle.heeftFouten() ? List.<MultipartFile>of() : gekozen) {
            String naam = Documentnamen.schoon(bestand.getOriginalFilename());
            String type = type(bestand, naam, controle);
            samen += bestand.getSize();
            nieuw.add(new Document(null, zaaknummer, naam, type, bestand.getSize(), door, null, vertrouwelijk));
        }
        long maxPerZaak = instellingen.maxPerZaak().toBytes();
        if (!controle.heeftFouten() && (metZaak ? opslag.totaleGrootte(zaaknummer) : 0) + samen > maxPerZaak) {
            controle.fout(VELD, "de documenten van deze zaak mogen samen niet groter zijn dan " + mb(maxPerZaak));
        }
        controle.controleer("Het document is niet toegevoegd.");
        return nieuw;
    }

    /** A document the municipality made itself (the answer as PDF), stored without the checks for uploads. */
    public Document bewaarEigen(String zaaknummer, String naam, String type, InputStream inhoud, String door) {
        return opslag.bewaar(new Document(null, zaaknummer, naam, type, 0, door, null, false), inhoud);
    }

    /** All documents of a case, for whoever may read it. */
    public List<Document> van(String zaaknummer) {
        return opslag.van(zaaknummer);
    }

    /** The documents the submitter may see: never the vertrouwelijke. */
    public List<Document> openbaar(String zaaknummer) {
        return opslag.van(zaaknummer).stream().filter(d -> !d.vertrouwelijk()).toList();
    }

    public Optional<Document> document(String zaaknummer, String id) {
        return opslag.document(zaaknummer, id);
    }

    public InputStream inhoud(Document document) {
        return opslag.inhoud(document.id());
    }

    boolean verwijder(String zaaknummer, String id, String door) {
        return opslag.verwijder(zaaknummer, id, door);
    }

    /** The fields a case file lists of a document. */
    static Map<String, Object> regel(Document document) {
        Map<String, Object> regel = new LinkedHashMap<>();
        regel.put("id", document.id());
        regel.put("naam", document.naam());
        regel.put("type", document.type());
        regel.put("grootte", document.grootte());
        regel.put("door", document.door());
        regel.put("moment", document.moment());
        regel.put("vertrouwelijk", document.vertrouwelijk());
        return regel;
    }

    private String type(MultipartFile bestand, String naam, Invoercontrole controle) {
        long max = instellingen.maxGrootte().toBytes();
        if (bestand.getSize() == 0) {
            controle.fout(VELD, "'" + naam + "' is leeg");
            return null;
        }
        if (bestand.getSize() > max) {
            controle.fout(VELD, "'" + naam + "' is groter dan " + mb(max) + " (nu " + mb(bestand.getSize()) + ")");
            return null;
        }
        byte[] kop;
        try (InputStream inhoud = bestand.getInputStream()) {
            kop = inhoud.readNBytes(KOP);
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        }
        String type = Documenttypen.van(kop, naam);
        if (type == null) {
            controle.fout(VELD, "'" + naam + "' is geen toegestaan soort bestand (de inhoud telt, niet de naam); toegestaan zijn "
                    + Documenttypen.OMSCHRIJVING);
        }
        return type;
    }

    private static String mb(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.forLanguageTag("nl"), "%.1f", mb)) + " MB";
    }

    private static boolean leeg(String naam) {
        return naam == null || naam.isBlank();
    }
}
