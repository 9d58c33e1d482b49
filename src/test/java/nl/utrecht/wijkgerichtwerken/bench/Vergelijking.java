package nl.utrecht.wijkgerichtwerken.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Each process against its bare model ({@link KaleModellen}) on the same engine and database in the same run:
 * case starts per second, task completions per second on its main path, and timers per second with the jobs each
 * case's timers cause ({@link Termijnvergelijking}). Real and bare take turns per repetition, so a drift of the
 * shared machine hits both alike; the job executor is paused while a synchronous path is timed and its work
 * (mails) is done, untimed, between repetitions. The real cases are started through the engine (as Tasklist's
 * start form and the intake API do), so the ratio compares the models, not HTTP.
 */
final class Vergelijking {

    @FunctionalInterface
    interface Stap {
        void voer(String zaak);
    }

    /** One process's path: how the real and the bare case start, and the steps that complete its tasks. */
    record Pad(String proces, java.util.function.IntFunction<String> echt, List<Stap> echteStappen, List<Stap> kaleStappen) {
    }

    private final ProcessEngine engine;
    private final Zaken zaken;
    private final Taakuitvoering jobs;
    private final Rapport rapport;
    private final int reeks;
    private final int herhalingen;
    private int teller = 2_000_000;
    private Rijtelling rijtelling;

    Vergelijking(ProcessEngine engine, Zaken zaken, Taakuitvoering jobs, Rapport rapport, int reeks, int herhalingen) {
        this.engine = engine;
        this.zaken = zaken;
        this.jobs = jobs;
        this.rapport = rapport;
        this.reeks = reeks;
        this.herhalingen = herhalingen;
    }

    Vergelijking metRijtelling(Rijtelling telling) {
        this.rijtelling = telling;
        return this;
    }

    List<Pad> paden() {
        return List.of(
                new Pad("escalatie", i -> zaken.escalatie(Zaken.REGISSEUR, i),
                        List.of(z -> zaken.werk(z, "Task_OplossenInWijk", Zaken.REGISSEUR, Zaken.opgelost())),
                        List.of(z -> zaken.werk(z, "Task_OplossenInWijk", Zaken.REGISSEUR, Map.of("besluit", "opgelost")))),
                // wijk oost: the bench's wijkbureau users are in wijkbureau-oost
                new Pad("wijkplatform-advies", i -> zaken.advies(5 * i),
                        List.of(z -> zaken.werk(z, "Task_AdviesRegistreren", Zaken.BUREAU, Zaken.registratie()),
                                z -> zaken.werk(z, "Task_ReactieSchrijven", Zaken.AMBTENAAR, Zaken.reactie(2)),
                                z -> zaken.werk(z, "Task_ReactieBeoordelen", Zaken.BUREAU_TWEE, Zaken.akkoord())),
                        List.of(z -> zaken.werk(z, "Task_AdviesRegistreren", Zaken.BUREAU, Map.of()),
                                z -> zaken.werk(z, "Task_ReactieSchrijven", Zaken.AMBTENAAR, Map.of()),
                                z -> zaken.werk(z, "Task_ReactieBeoordelen", Zaken.BUREAU_TWEE, Map.of("akkoord", "ja")))),
                new Pad("informatieverzoek", i -> zaken.informatieverzoek(5 * i),
                        List.of(z -> zaken.werk(z, "Task_VerzoekDoorsturen", Zaken.BUREAU, Map.of("dienst", "so")),
                                z -> zaken.werk(z, "Task_InformatieVerstrekken", Zaken.AMBTENAAR, Zaken.antwoord())),
                        List.of(z -> zaken.werk(z, "Task_VerzoekDoorsturen", Zaken.BUREAU, Map.of()),
                                z -> zaken.werk(z, "Task_InformatieVerstrekken", Zaken.AMBTENAAR, Map.of()))),
                // wijk oost (5 * i): contact, weging by the wijk's wijkregisseurs (the Kompas decision follows), acceptance,
                // a "nee" without money asked (no fund decision), passed on by phone (no e-mail address): five tasks
                new Pad("initiatief", i -> zaken.initiatief(5 * i),
                        List.of(z -> zaken.werk(z, "Task_ContactLeggen", Zaken.BUREAU, Map.of("contactVerslag", "Gebeld, plan voor geveltuinen")),
                                z -> zaken.werk(z, "Task_InitiatiefWegen", Zaken.REGISSEUR, Zaken.weging()),
                                z -> zaken.werk(z, "Task_InitiatiefAccepteren", Zaken.AMBTENAAR, Map.of("geaccepteerd", "ja")),
                                z -> zaken.werk(z, "Task_BesluitNemen", Zaken.AMBTENAAR, Zaken.initiatiefBesluit()),
                                z -> zaken.werk(z, "Task_BesluitBellen", Zaken.BUREAU, Map.of("belVerslag", "Besluit uitgelegd, begrip"))),
                        List.of(z -> zaken.werk(z, "Task_ContactLeggen", Zaken.BUREAU, Map.of()),
                                z -> zaken.werk(z, "Task_InitiatiefWegen", Zaken.REGISSEUR, Map.of()),
                                z -> zaken.werk(z, "Task_InitiatiefAccepteren", Zaken.AMBTENAAR, Map.of("geaccepteerd", "ja")),
                                z -> zaken.werk(z, "Task_BesluitNemen", Zaken.AMBTENAAR, Map.of("besluit", "nee")),
                                z -> zaken.werk(z, "Task_BesluitBellen", Zaken.REGISSEUR, Map.of()))));
    }

    void starten() throws Exception {
        Map<String, List<Double>> echt = new LinkedHashMap<>();
        Map<String, List<Double>> kaal = new LinkedHashMap<>();
        for (int herhaling = -1; herhaling < herhalingen; herhaling++) {
            for (Pad pad : paden()) {
                double e = tijd(reeks, () -> pad.echt().apply(teller++));
                double k = tijd(reeks, () -> KaleModellen.start(zaken, engine, pad.proces()));
                if (herhaling >= 0) {
                    echt.computeIfAbsent(pad.proces(), p -> new ArrayList<>()).add(e);
                    kaal.computeIfAbsent(pad.proces(), p -> new ArrayList<>()).add(k);
                }
            }
        }
        jobs.werkAf();
        if (rijtelling != null) {
            for (Pad pad : paden()) {
                List<String> echte = new ArrayList<>();
                List<String> kale = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    echte.add(pad.echt().apply(teller++));
                    kale.add(KaleModellen.start(zaken, engine, pad.proces()));
                }
                jobs.werkAf();
                Map<String, Double> e = rijtelling.perZaak(echte);
                Map<String, Double> k = rijtelling.perZaak(kale);
                rapport.voegToe("starten", pad.proces() + ": databaserijen per gestarte zaak (met meldingen), echt/kaal waar ze verschillen: "
                        + Rijtelling.vergelijk(e, k) + "; kaal totaal " + Math.round(Rijtelling.totaal(k)), Rijtelling.totaal(e), "rijen", null, null, null);
            }
        }
        for (Pad pad : paden()) {
            verhouding("starten", pad.proces() + ": zaak starten (engine)", echt.get(pad.proces()), kaal.get(pad.proces()), "zaken/s");
        }
    }

    void afhandelen() throws Exception {
        Map<String, List<Double>> echt = new LinkedHashMap<>();
        Map<String, List<Double>> kaal = new LinkedHashMap<>();
        for (int herhaling = -1; herhaling < herhalingen; herhaling++) {
            for (Pad pad : paden()) {
                if (pad.echteStappen().isEmpty()) {
                    continue;
                }
                int aantal = Math.max(10, reeks / pad.echteStappen().size());
                List<String> echte = new ArrayList<>();
                List<String> kale = new ArrayList<>();
                for (int i = 0; i < aantal; i++) {
                    echte.add(pad.echt().apply(teller++));
                    kale.add(KaleModellen.start(zaken, engine, pad.proces()));
                }
                double e = werk(echte, pad.echteStappen());
                double k = werk(kale, pad.kaleStappen());
                if (herhaling >= 0) {
                    echt.computeIfAbsent(pad.proces(), p -> new ArrayList<>()).add(e);
                    kaal.computeIfAbsent(pad.proces(), p -> new ArrayList<>()).add(k);
                }
            }
        }
        jobs.werkAf();
        for (Pad pad : paden()) {
            if (echt.containsKey(pad.proces())) {
                verhouding("afhandelen", pad.proces() + ": " + pad.echteStappen().size() + " taken claimen en voltooien",
                        echt.get(pad.proces()), kaal.get(pad.proces()), "taken/s");
            }
        }
    }

    /** Completes the steps of every case in turn (jobs done first, untimed); returns tasks per second. */
    private double werk(List<String> zaken, List<Stap> stappen) throws Exception {
        jobs.werkAf();
        jobs.pauzeer();
        long begin = System.nanoTime();
        for (Stap stap : stappen) {
            for (String zaak : zaken) {
                stap.voer(zaak);
            }
        }
        double perSeconde = Meting.perSeconde(zaken.size() * stappen.size(), System.nanoTime() - begin);
        long open = engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(zaken)).count();
        jobs.werkAf();
        long nogOpen = engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(zaken)).count();
        if (nogOpen > 0 && stappen.size() > 0) {
            CasesysteemBenchmark.schrijfLog(nogOpen + " van " + zaken.size() + " zaken nog open na hun pad (" + open + " voor de jobs)");
        }
        return perSeconde;
    }

    private double tijd(int aantal, Runnable start) throws Exception {
        jobs.werkAf();
        jobs.pauzeer();
        long begin = System.nanoTime();
        for (int i = 0; i < aantal; i++) {
            start.run();
        }
        return Meting.perSeconde(aantal, System.nanoTime() - begin);
    }

    private void verhouding(String onderdeel, String meting, List<Double> echt, List<Double> kaal, String eenheid) {
        Meting.Reeks e = new Meting.Reeks(echt);
        Meting.Reeks k = new Meting.Reeks(kaal);
        rapport.voegToe(onderdeel, meting + ", kaal model", k, eenheid, null, null);
        rapport.voegToe(onderdeel, meting + ", echt proces", e, eenheid, null, null);
        double ratio = e.mediaan() / k.mediaan();
        rapport.voegToe(onderdeel, meting + ", echt t.o.v. kaal", ratio, "×", null, ">= 0.7×", ratio >= 0.7);
    }
}
