package nl.utrecht.wijkgerichtwerken.notificatie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The letter's font family, read once and lent out: parsing DejaVu Sans (regular and bold) for every PDF was four
 * fifths of the time it took to make one (benchmark, issue 17). A parsed font reads its tables lazily from its own
 * buffer and is not safe for two documents at the same time, so each PDF borrows a pair of its own and gives it back;
 * a PDF that finds none free parses a new pair, and at most {@value #BEWAARD} pairs are kept.
 */
final class Lettertypen {

    static final int BEWAARD = 4;

    /** One pair, used by one PDF at a time. */
    record Paar(TrueTypeFont normaal, TrueTypeFont vet) {
    }

    private final Queue<Paar> vrij = new ConcurrentLinkedQueue<>();
    private final byte[] normaal;
    private final byte[] vet;

    Lettertypen(String normaalPad, String vetPad) {
        this.normaal = lees(normaalPad);
        this.vet = lees(vetPad);
    }

    Paar leen() {
        Paar paar = vrij.poll();
        return paar != null ? paar : new Paar(parse(normaal), parse(vet));
    }

    void geefTerug(Paar paar) {
        if (vrij.size() < BEWAARD) {
            vrij.offer(paar);
        }
    }

    private static TrueTypeFont parse(byte[] inhoud) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(inhoud));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] lees(String pad) {
        try (InputStream inhoud = Lettertypen.class.getClassLoader().getResourceAsStream(pad)) {
            if (inhoud == null) {
                throw new IllegalStateException("Lettertype ontbreekt: " + pad);
            }
            return inhoud.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
