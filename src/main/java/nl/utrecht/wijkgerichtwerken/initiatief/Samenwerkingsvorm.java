package nl.utrecht.wijkgerichtwerken.initiatief;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six samenwerkingsvormen of the Kompas voor zeggenschap (seed 001, "Vijf verschillende samenwerkingsvormen" plus
 * Utrechter and Gemeente aan zet), with what each means for the initiatiefnemer in the seed's own words.
 */
enum Samenwerkingsvorm {

    UTRECHTER_AAN_ZET("utrechter-aan-zet", "Utrechter aan zet",
            "Utrechters nemen verantwoordelijkheid. De gemeente heeft alleen een controlerende en zo nodig wettelijke rol, "
                    + "zoals een vergunning verlenen. Zeggenschap: volledig."),
    OVERHEIDSMIDDELEN("overheidsmiddelen", "Overheidsmiddelen",
            "Utrechters nemen verantwoordelijkheid. De gemeente stelt subsidie of faciliteiten beschikbaar binnen "
                    + "vastgestelde kaders en maakt daarover afspraken (voorwaarden) met de initiatiefnemers. Zeggenschap: hoog."),
    OVERHEIDSPARTICIPATIE("overheidsparticipatie", "Overheidsparticipatie",
            "Utrechters nemen verantwoordelijkheid. De gemeente faciliteert en steunt met kennis, ervaring, vaardigheden "
                    + "of netwerk; zij is de participerende partij en maakt daarover afspraken. Zeggenschap: hoog."),
    SAMEN_AAN_ZET("samen-aan-zet", "Samen aan zet",
            "De gemeente en Utrechters werken samen op basis van gedeeld eigenaarschap, binnen de vastgestelde doelen; "
                    + "beide nemen verantwoordelijkheid. Zeggenschap: hoog."),
    BURGERPARTICIPATIE("burgerparticipatie", "Burgerparticipatie",
            "De gemeente is verantwoordelijk en nodigt Utrechters uit om samen het plan of de uitvoering te maken, met "
                    + "een groep die zo representatief mogelijk is. De gemeente neemt uiteindelijk een afgewogen besluit. "
                    + "Zeggenschap: relatief hoog, voor een relatief beperkte groep."),
    PEILEN("peilen", "Peilen",
            "De gemeente is verantwoordelijk en vraagt breed wat gebruikers en belanghebbenden vinden; dat weegt mee in "
                    + "het besluit van college en raad. Zeggenschap: beperkt."),
    GEMEENTE_AAN_ZET("gemeente-aan-zet", "Gemeente aan zet",
            "De gemeente voert haar wettelijke taak uit, is verantwoordelijk en informeert Utrechters. Zeggenschap: geen.");

    private final String code;
    private final String naam;
    private final String betekenis;

    Samenwerkingsvorm(String code, String naam, String betekenis) {
        this.code = code;
        this.naam = naam;
        this.betekenis = betekenis;
    }

    String code() {
        return code;
    }

    String naam() {
        return naam;
    }

    String betekenis() {
        return betekenis;
    }

    static Optional<Samenwerkingsvorm> van(Object code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(String.valueOf(code))).findFirst();
    }
}
