package nl.utrecht.wijkgerichtwerken.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Case starts per second for each process against the bare process, and task completions per second on
 * the advice path against completing the bare task, in the same run. Kinds take turns per repetition so a
 * drift of the machine hits all of them alike; jobs are worked off (not timed) between repetitions.
 */
final class Doorvoer {

    @FunctionalInterface
    interface Start {
        String start(int i) throws Exception;
    }

    private final Zaken zaken;
    private final Taakuitvoering jobs;
    private final Rapport rapport;
    private final int reeks;
    private final int herhalingen;
    private int teller;

    Doorvoer(Zaken zaken, Taakuitvoering jobs, Rapport rapport, int reeks, int herhalingen) {
        this.zaken = zaken;
        this.jobs = jobs;
        this.rapport = rapport;
        this.reeks = reeks;
        this.herhalingen = herhalingen;
    }

    void startenVanZaken() throws Exception {
        Map<String, Start> soorten = new LinkedHashMap<>();
        soorten.put("kaal proces (RuntimeService)", i -> zaken.kaal());
        soorten.put("escalatie (engine, als wijkregisseur)", zaken::escalatie);
        soorten.put("wijkplatform-advies (POST /api/adviezen)", zaken::adviesViaApi);
        soorten.put("initiatief (POST /api/initiatieven)", zaken::initiatiefViaApi);
        Map<String, List<Double>> perSoort = new LinkedHashMap<>();
        soorten.keySet().forEach(s -> perSoort.put(s, new ArrayList<>()));
        for (int herhaling = -1; herhaling < herhalingen; herhaling++) {
            for (Map.Entry<String, Start> soort : soorten.entrySet()) {
                jobs.werkAf();
                jobs.pauzeer();
                long begin = System.nanoTime();
                for (int i = 0; i < reeks; i++) {
                    soort.getValue().start(teller++);
                }
                double perSeconde = Meting.perSeconde(reeks, System.nanoTime() - begin);
                if (herhaling >= 0) {
                    perSoort.get(soort.getKey()).add(perSeconde);
                }
            }
        }
        jobs.werkAf();
        double kaal = new Meting.Reeks(perSoort.get("kaal proces (RuntimeService)")).mediaan();
        perSoort.forEach((soort, waarden) -> {
            Meting.Reeks r = new Meting.Reeks(waarden);
            boolean isKaal = soort.startsWith("kaal");
            rapport.voegToe("starten", soort, r, "zaken/s", null, null);
            if (!isKaal) {
                rapport.voegToe("starten", soort + " t.o.v. kaal", r.mediaan() / kaal, "×", null, ">= 0.7×", r.mediaan() / kaal >= 0.7);
            }
        });
    }

    /** Register → reactie → review (claim and complete each, as in Tasklist) → send (async mail), per case. */
    void afhandelenVanAdviezen(ProcessEngine engine) throws Exception {
        List<Double> advies = new ArrayList<>();
        List<Double> kaal = new ArrayList<>();
        List<Double> verzenden = new ArrayList<>();
        int aantal = Math.max(20, reeks / 2);
        for (int herhaling = -1; herhaling < herhalingen; herhaling++) {
            List<String> adviezen = new ArrayList<>();
            List<String> kale = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                adviezen.add(zaken.zaak(zaken.adviesViaApi(teller++)));
            }
            for (int i = 0; i < aantal * 3; i++) {
                kale.add(zaken.kaal());
            }
            jobs.werkAf();
            jobs.pauzeer();
            long begin = System.nanoTime();
            for (String zaak : adviezen) {
                zaken.werk(zaak, "Task_AdviesRegistreren", Zaken.BUREAU, Zaken.registratie());
                zaken.werk(zaak, "Task_ReactieSchrijven", Zaken.AMBTENAAR, Zaken.reactie(3));
                zaken.werk(zaak, "Task_ReactieBeoordelen", Zaken.BUREAU_TWEE, Zaken.akkoord());
            }
            double adviesPerSeconde = Meting.perSeconde(aantal * 3, System.nanoTime() - begin);
            long verzending = jobs.werkAf();
            long nogOpen = engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(adviezen)).count();
            if (nogOpen > 0) {
                throw new IllegalStateException(nogOpen + " adviezen niet afgerond na het versturen");
            }
            jobs.pauzeer();
            begin = System.nanoTime();
            for (String zaak : kale) {
                zaken.werk(zaak, "Task_Kaal", Zaken.REGISSEUR, Map.of());
            }
            double kaalPerSeconde = Meting.perSeconde(kale.size(), System.nanoTime() - begin);
            if (herhaling >= 0) {
                advies.add(adviesPerSeconde);
                kaal.add(kaalPerSeconde);
                verzenden.add(Meting.millis(verzending) / aantal);
            }
        }
        jobs.hervat();
        Meting.Reeks a = new Meting.Reeks(advies);
        Meting.Reeks k = new Meting.Reeks(kaal);
        rapport.voegToe("afhandelen", "kaal: taak claimen en voltooien", k, "taken/s", null, null);
        rapport.voegToe("afhandelen", "advies: registreren, reactie, vier ogen (claimen en voltooien)", a, "taken/s", null, null);
        rapport.voegToe("afhandelen", "advies t.o.v. kaal", a.mediaan() / k.mediaan(), "×", null, ">= 0.7×", a.mediaan() / k.mediaan() >= 0.7);
        rapport.voegToe("afhandelen", "advies: reactie versturen (async mail, job executor), per zaak", new Meting.Reeks(verzenden), "ms", null, null);
    }
}
