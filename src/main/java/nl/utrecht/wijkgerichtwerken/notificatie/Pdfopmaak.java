package nl.utrecht.wijkgerichtwerken.notificatie;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns an XHTML page into an accessible PDF with openhtmltopdf: tagged for PDF/UA (structure, reading order, the
 * title and language of the page's {@code <title>} and {@code lang}) and PDF/A-3a, with its one font family embedded
 * (DejaVu Sans from {@code fonts/}, licence beside it), which PDF/UA requires. The fonts are parsed once
 * ({@link Lettertypen}) and embedded as subsets.
 */
@Component
class Pdfopmaak {

    /** The family the templates name in their CSS. */
    static final String LETTERTYPE = "DejaVu Sans";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every stylesheet and font it loads at INFO through java.util.logging
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final Lettertypen lettertypen = new Lettertypen("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf");

    byte[] pdf(String xhtml) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Lettertypen.Paar paar = lettertypen.leen();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder bouwer = new PdfRendererBuilder();
            bouwer.useFastMode();
            bouwer.usePDDocument(document);
            bouwer.usePdfUaAccessibility(true);
            bouwer.usePdfAConformance(PdfAConformance.PDFA_3_A);
            bouwer.useColorProfile(SRGB);
            // subsets: only the glyphs the letter uses are embedded
            bouwer.useFont(new PDFontSupplier(PDType0Font.load(document, paar.normaal(), true)), LETTERTYPE, 400, FontStyle.NORMAL, true);
            bouwer.useFont(new PDFontSupplier(PDType0Font.load(document, paar.vet(), true)), LETTERTYPE, 700, FontStyle.NORMAL, true);
            bouwer.withProducer("Gemeente Utrecht — Wijkgericht werken");
            bouwer.withHtmlContent(xhtml, null);
            bouwer.toStream(uit);
            bouwer.run();
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        } finally {
            lettertypen.geefTerug(paar);
        }
        return uit.toByteArray();
    }
}
