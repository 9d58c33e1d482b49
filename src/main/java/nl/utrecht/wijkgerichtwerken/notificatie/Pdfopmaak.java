package nl.utrecht.wijkgerichtwerken.notificatie;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns an XHTML page into an accessible PDF with openhtmltopdf: tagged for PDF/UA (structure, reading order, the
 * title and language of the page's {@code <title>} and {@code lang}) and PDF/A-3a, with its one font family embedded
 * (DejaVu Sans from {@code fonts/}, licence beside it), which PDF/UA requires.
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

    byte[] pdf(String xhtml) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        PdfRendererBuilder bouwer = new PdfRendererBuilder();
        bouwer.useFastMode();
        bouwer.usePdfUaAccessibility(true);
        bouwer.usePdfAConformance(PdfAConformance.PDFA_3_A);
        bouwer.useColorProfile(SRGB);
        bouwer.useFont(() -> lettertype("fonts/DejaVuSans.ttf"), LETTERTYPE, 400, FontStyle.NORMAL, true);
        bouwer.useFont(() -> lettertype("fonts/DejaVuSans-Bold.ttf"), LETTERTYPE, 700, FontStyle.NORMAL, true);
        bouwer.withProducer("Gemeente Utrecht — Wijkgericht werken");
        bouwer.withHtmlContent(xhtml, null);
        bouwer.toStream(uit);
        try {
            bouwer.run();
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        }
        return uit.toByteArray();
    }

    private static InputStream lettertype(String pad) {
        InputStream inhoud = Pdfopmaak.class.getClassLoader().getResourceAsStream(pad);
        if (inhoud == null) {
            throw new IllegalStateException("Lettertype ontbreekt: " + pad);
        }
        return inhoud;
    }
}
