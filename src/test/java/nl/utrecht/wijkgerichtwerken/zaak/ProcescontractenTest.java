package nl.utrecht.wijkgerichtwerken.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.InformatieverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;
import nl.utrecht.wijkgerichtwerken.notificatie.MeldingVariabelen;

/**
 * The processes' public contracts against the models they describe (plain JUnit, reads {@code bpmn/}, {@code forms/}
 * and {@code src/main/java}). Per contract class, for each public String constant:
 * <ul>
 * <li>{@code PROCES*}: a process key: the id of the process in {@code bpmn/<key>.bpmn};</li>
 * <li>{@code TAAK_*}: a task id: the id of a task ({@code userTask}, or a service task for melding) in that
 * contract's own process;</li>
 * <li>{@code *PREFIX*}: a zaaknummer prefix of three capitals;</li>
 * <li>everything else: a variable name that something writes: a field key of a form, a name the BPMN sets or reads
 * (input/output parameter, {@code camunda:in}/{@code out}, {@code elementVariable}, an expression), or Java code
 * that puts it into a case ({@code put}/{@code setVariable}/{@code setVariableLocal} with the constant).</li>
 * </ul>
 * The other way round: every field of a form that a process's BPMN refers to ({@code camunda:formRef}) is a name of
 * that process's contract (public or not; numbered fields per adviespunt as the name plus a number), so a contract
 * constant that drifts from its form fails here. Besides: no main Java code outside a contract spells a task id ({@code "Task_…"}) as a string literal, or a case's
 * process key in a query ({@code …ByKey("escalatie")}, SQL {@code KEY_ = 'escalatie'}).
 */
class ProcescontractenTest {

    private static final List<Class<?>> CONTRACTEN = List.of(EscalatieVariabelen.class, AdviesVariabelen.class,
            InformatieverzoekVariabelen.class, InitiatiefVariabelen.class, MeldingVariabelen.class, AanvullingsverzoekVariabelen.class,
            AdviesaanvraagVariabelen.class);
    private static final Path BPMN = Path.of("bpmn");
    private static final Path FORMULIEREN = Path.of("forms");
    private static final Path JAVA = Path.of("src/main/java");

    private static final Map<String, String> MODELLEN = new LinkedHashMap<>();
    private static String formulieren;
    private static final Map<Path, String> BRONNEN = new LinkedHashMap<>();

    @BeforeAll
    static void lees() throws IOException {
        try (Stream<Path> bestanden = Files.list(BPMN)) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                MODELLEN.put(bestand.getFileName().toString().replace(".bpmn", ""), Files.readString(bestand));
            }
        }
        StringBuilder alle = new StringBuilder();
        try (Stream<Path> bestanden = Files.list(FORMULIEREN)) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".form")).toList()) {
                alle.append(Files.readString(bestand)).append('\n');
            }
        }
        formulieren = alle.toString();
        try (Stream<Path> bestanden = Files.walk(JAVA)) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                BRONNEN.put(bestand, Files.readString(bestand, StandardCharsets.UTF_8));
            }
        }
        assertThat(MODELLEN).as("the BPMN models under bpmn/").isNotEmpty();
        assertThat(formulieren).as("the forms under forms/").isNotBlank();
    }

    @Test
    void elkeProcessleutelIsHetIdVanZijnModel() {
        for (Class<?> contract : CONTRACTEN) {
            String proces = eigenProces(contract);
            assertThat(MODELLEN).as(contract.getSimpleName() + ": bpmn/" + proces + ".bpmn").containsKey(proces);
            assertThat(MODELLEN.get(proces)).as(contract.getSimpleName() + ": process id in bpmn/" + proces + ".bpmn")
                    .containsPattern("<bpmn:process id=\"" + Pattern.quote(proces) + "\"");
        }
        assertThat(Zaakprocessen.ALLE).allSatisfy(proces -> assertThat(MODELLEN).containsKey(proces));
    }

    @Test
    void elkeTaakInEenContractIsEenTaakVanZijnProces() throws IllegalAccessException {
        List<String> ontbrekend = new ArrayList<>();
        for (Class<?> contract : CONTRACTEN) {
            String model = MODELLEN.get(eigenProces(contract));
            for (Field veld : publiek(contract)) {
                String waarde = (String) veld.get(null);
                if (veld.getName().startsWith("TAAK_")
                        && !Pattern.compile("<bpmn:\\w*[tT]ask id=\"" + Pattern.quote(waarde) + "\"").matcher(model).find()) {
                    ontbrekend.add(contract.getSimpleName() + "." + veld.getName() + " = " + waarde);
                }
            }
        }
        assertThat(ontbrekend).as("task ids named in a contract but missing from its process's BPMN").isEmpty();
    }

    @Test
    void elkeVariabeleInEenContractWordtGeschrevenDoorFormulierModelOfCode() throws IllegalAccessException {
        List<String> ongebruikt = new ArrayList<>();
        for (Class<?> contract : CONTRACTEN) {
            for (Field veld : publiek(contract)) {
                String naam = veld.getName();
                String waarde = (String) veld.get(null);
                if (naam.startsWith("PROCES") || naam.startsWith("TAAK_")) {
                    continue;
                }
                if (naam.contains("PREFIX")) {
                    assertThat(waarde).as(contract.getSimpleName() + "." + naam).matches("[A-Z]{3}");
                    continue;
                }
                if (!inFormulier(waarde) && !inModel(waarde) && !inCode(naam, waarde)) {
                    ongebruikt.add(contract.getSimpleName() + "." + naam + " = " + waarde);
                }
            }
        }
        assertThat(ongebruikt).as("variables named in a contract that no form, BPMN or Java code writes").isEmpty();
    }

    @Test
    void elkVeldVanDeFormulierenVanEenProcesStaatInZijnContract() throws IllegalAccessException {
        Map<String, List<Class<?>>> contractenPerProces = Map.of(
                EscalatieVariabelen.PROCES, List.of(EscalatieVariabelen.class),
                AdviesVariabelen.PROCES_ADVIES, List.of(AdviesVariabelen.class),
                InformatieverzoekVariabelen.PROCES, List.of(InformatieverzoekVariabelen.class, AdviesVariabelen.class),
                InitiatiefVariabelen.PROCES, List.of(InitiatiefVariabelen.class),
                AanvullingsverzoekVariabelen.PROCES, List.of(AanvullingsverzoekVariabelen.class),
                AdviesaanvraagVariabelen.PROCES, List.of(AdviesaanvraagVariabelen.class));
        List<String> ontbrekend = new ArrayList<>();
        for (var proces : contractenPerProces.entrySet()) {
            List<String> namen = new ArrayList<>();
            for (Class<?> contract : proces.getValue()) {
                namen.addAll(alleNamen(contract));
            }
            Matcher formulier = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(MODELLEN.get(proces.getKey()));
            while (formulier.find()) {
                Path bestand = FORMULIEREN.resolve(formulier.group(1) + ".form");
                assertThat(bestand).as(proces.getKey() + " refers to form " + formulier.group(1)).exists();
                Matcher veld = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(lees(bestand));
                while (veld.find()) {
                    String sleutel = veld.group(1);
                    // numbered fields per adviespunt (standpunt1, motivering1, ...) carry the contract's name plus a number
                    if (!namen.contains(sleutel) && !namen.contains(sleutel.replaceFirst("\\d+$", ""))) {
                        ontbrekend.add(formulier.group(1) + ".form: " + sleutel);
                    }
                }
            }
        }
        assertThat(ontbrekend).as("form fields whose variable no contract of the process names").isEmpty();
    }

    @Test
    void geenTaakOfProcesnaamAlsTekstBuitenDeContracten() {
        Pattern taak = Pattern.compile("\"Task_\\w+\"");
        String sleutels = String.join("|", Zaakprocessen.ALLE);
        Pattern proces = Pattern.compile("Key(In)?\\(\\s*\"(" + sleutels + ")\"|KEY_\\s*(=|IN)\\s*\\(?\\s*'(" + sleutels + ")'");
        List<String> herhaald = new ArrayList<>();
        BRONNEN.forEach((bestand, tekst) -> {
            if (bestand.getFileName().toString().endsWith("Variabelen.java")) {
                return;
            }
            for (Pattern patroon : List.of(taak, proces)) {
                Matcher gevonden = patroon.matcher(tekst);
                while (gevonden.find()) {
                    herhaald.add(JAVA.relativize(bestand) + ": " + gevonden.group());
                }
            }
        });
        assertThat(herhaald).as("task ids and process keys come from the contracts").isEmpty();
    }

    /** Every name a contract holds, public or not: its String constants and the Strings of its constant lists and sets. */
    private static List<String> alleNamen(Class<?> contract) throws IllegalAccessException {
        List<String> namen = new ArrayList<>();
        for (Field veld : contract.getDeclaredFields()) {
            if (!Modifier.isStatic(veld.getModifiers())) {
                continue;
            }
            veld.setAccessible(true);
            Object waarde = veld.get(null);
            if (waarde instanceof String tekst) {
                namen.add(tekst);
            } else if (waarde instanceof java.util.Collection<?> lijst) {
                lijst.stream().filter(String.class::isInstance).map(String.class::cast).forEach(namen::add);
            }
        }
        return namen;
    }

    private static String lees(Path bestand) {
        try {
            return Files.readString(bestand);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean inFormulier(String variabele) {
        return formulieren.contains("\"key\": \"" + variabele + "\"") || formulieren.contains("\"key\":\"" + variabele + "\"");
    }

    private static boolean inModel(String variabele) {
        String woord = "\\b" + Pattern.quote(variabele) + "\\b";
        Pattern gebruik = Pattern.compile("(name|elementVariable|source|target|camunda:collection|camunda:initiator)=\""
                + Pattern.quote(variabele) + "\"|\\$\\{[^}]*" + woord + "[^}]*}");
        return MODELLEN.values().stream().anyMatch(model -> gebruik.matcher(model).find());
    }

    private static boolean inCode(String constante, String variabele) {
        Pattern schrijft = Pattern.compile("(put|setVariable|setVariableLocal|putValue)\\(\\s*((\\w+\\.)?"
                + Pattern.quote(constante) + "\\b|\"" + Pattern.quote(variabele) + "\")");
        return BRONNEN.values().stream().anyMatch(tekst -> schrijft.matcher(tekst).find());
    }

    /** The process a contract is about: its one public {@code PROCES*} constant. */
    private static String eigenProces(Class<?> contract) {
        List<String> processen = new ArrayList<>();
        for (Field veld : publiek(contract)) {
            if (veld.getName().startsWith("PROCES")) {
                try {
                    processen.add((String) veld.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(processen).as(contract.getSimpleName() + " names exactly one process").hasSize(1);
        return processen.get(0);
    }

    private static List<Field> publiek(Class<?> contract) {
        List<Field> velden = new ArrayList<>();
        for (Field veld : contract.getDeclaredFields()) {
            int m = veld.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && veld.getType() == String.class) {
                velden.add(veld);
            }
        }
        return velden;
    }
}
