package nl.utrecht.wijkgerichtwerken.browser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Page helper for the Camunda 7.24 Tasklist: an AngularJS app, in Dutch through the project's own
 * {@code locales/nl.json}, with Camunda Forms (form-js) for the task and start forms. Every step
 * waits for the page, never for a fixed time.
 */
public final class Tasklist {

    static final String PAD = "/camunda/app/tasklist/default/";

    // login page (camunda-commons-ui auth/page/form.html)
    static final By GEBRUIKERSNAAM = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    static final By WACHTWOORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    static final By INLOGGEN = By.cssSelector("form[name='signinForm'] button[type='submit']");
    static final By INGELOGDE_GEBRUIKER = By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle");

    // left column: the filters; the name is in the tooltip attribute, the text also holds a counter
    static final By FILTERNAMEN = By.cssSelector(".task-filters .task-filter h4.name[uib-tooltip]");

    // middle column: the task list of the chosen filter
    static final By TAKENLIJST_LADEN = By.cssSelector("[cam-tasks] > .loader");
    static final By TAKEN = By.cssSelector("[cam-tasks] ol.tasks-list > li.task");
    static final By TAAKLINK = By.cssSelector(".names h4.task a");
    static final By GEEN_TAKEN = By.cssSelector("[cam-tasks] div.well");

    // right column: the opened task
    static final By TAAKNAAM = By.cssSelector("[cam-tasklist-task] .task-card .names h2.task");
    static final By CLAIM = By.cssSelector("[cam-tasklist-task] li.assignee button.claim");
    static final By OPPAKKEN = By.xpath("//*[@cam-tasklist-task]//button[normalize-space(.)='Deze taak oppakken']");
    static final By VRIJGEVEN = By.cssSelector("[cam-tasklist-task] li.assignee button.unclaim");
    static final By VOLTOOIEN = By.xpath("//*[@cam-tasklist-task]//div[contains(@class,'form-actions')]"
            + "//button[normalize-space(.)='Voltooien']");

    // navigation bar: the Proces starten dialog
    static final By START_PROCES = By.cssSelector("[cam-widget-header] li.start-process-action a");
    static final String DIALOOG = "//div[contains(@class,'modal') and contains(@class,' in')]";
    static final By STARTEN = By.xpath(DIALOOG + "//div[contains(@class,'modal-footer')]"
            + "//button[normalize-space(.)='Starten']");

    // notifications (the page panel and the one inside the dialog) and form-js field errors
    static final By MELDINGEN = By.cssSelector("[notifications-panel] .notifications > .alert");
    static final By FOUTMELDINGEN = By.cssSelector("[notifications-panel] .notifications > .alert.alert-danger");
    static final By VELDFOUTEN = By.cssSelector(".fjs-form-field-error li");

    static final String PROCES_GESTART = "Het proces is gestart.";

    private static final Pattern TAAK_IN_ADRES = Pattern.compile("[?&]task=([^&]+)");

    private final Browser browser;

    public Tasklist(Browser browser) {
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    /**
     * Logs in through the real login form and waits until the filters have loaded. A refused
     * login fails with the message Tasklist shows.
     */
    public void login(String baseUrl, String gebruiker, String wachtwoord) {
        browser.open(baseUrl + PAD);
        browser.zichtbaar(GEBRUIKERSNAAM).sendKeys(gebruiker);
        browser.zichtbaar(WACHTWOORD).sendKeys(wachtwoord);
        browser.klik(INLOGGEN);
        browser.wachtTot(d -> !browser.zichtbare(INGELOGDE_GEBRUIKER).isEmpty() || !meldingen().isEmpty());
        if (browser.zichtbare(INGELOGDE_GEBRUIKER).isEmpty()) {
            throw new IllegalStateException("Login of " + gebruiker + " refused: " + meldingen());
        }
        browser.wachtTot(d -> !filters().isEmpty());
    }

    /** The name of the logged-in user as the header shows it. */
    public String ingelogdeGebruiker() {
        return Browser.tekst(browser.zichtbaar(INGELOGDE_GEBRUIKER));
    }

    /** The names of the filters in the left column, in their order. */
    public List<String> filters() {
        return browser.zichtbare(FILTERNAMEN).stream().map(e -> e.getAttribute("uib-tooltip")).toList();
    }

    /** Selects a filter by its exact name and waits until its task list has loaded. */
    public void kiesFilter(String naam) {
        String filter = "//*[contains(@class,'task-filters')]//div[contains(@class,'task-filter')]"
                + "[h4[@uib-tooltip=" + xpathTekst(naam) + "]]";
        browser.klik(By.xpath(filter + "/h4/a"));
        browser.wachtTot(d -> d.findElement(By.xpath(filter)).getAttribute("class").contains("active"));
        wachtOpTakenlijst();
    }

    private void wachtOpTakenlijst() {
        browser.wachtTot(d -> browser.zichtbare(TAKENLIJST_LADEN).isEmpty()
                && (!browser.zichtbare(TAKEN).isEmpty() || !browser.zichtbare(GEEN_TAKEN).isEmpty()));
    }

    /** The task names in the list of the current filter. */
    public List<String> taken() {
        wachtOpTakenlijst();
        return browser.zichtbare(TAKEN).stream().map(t -> Browser.tekst(t.findElement(TAAKLINK))).toList();
    }

    /** The ids of the tasks in the list of the current filter (from their links {@code #/?task=<id>}). */
    public List<String> taakIds() {
        wachtOpTakenlijst();
        return browser.zichtbare(TAKEN).stream()
                .map(t -> taakId(t.findElement(TAAKLINK).getAttribute("href")).orElse(""))
                .toList();
    }

    /** Clicks the first task in the list whose name contains the text and waits for its details. */
    public void openTaak(String naamBevat) {
        wachtOpTakenlijst();
        browser.klik(By.xpath("//*[@cam-tasks]//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "//*[contains(@class,'names')]/h4/a[contains(normalize-space(.)," + xpathTekst(naamBevat) + ")]"));
        browser.wachtTot(d -> Browser.tekst(browser.zichtbaar(TAAKNAAM)).contains(naamBevat)
                && geopendeTaakId().isPresent());
    }

    /** Opens a task by its id, as a link in a mail or on the dashboard does, and waits for its form or its refusal. */
    public void openTaakMetId(String baseUrl, String taakId) {
        browser.driver().get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taakId);
        browser.wachtTot(d -> geopendeTaakId().filter(taakId::equals).isPresent()
                && !d.findElements(By.cssSelector("[cam-tasklist-task] .fjs-form, [cam-tasklist-task] .alert-danger")).isEmpty());
    }

    /** The visible text of the open task's form (texts, labels, values shown). */
    public String formuliertekst() {
        return browser.zichtbaar(By.cssSelector("[cam-tasklist-task] .fjs-form")).getText();
    }

    /** The id of the task open in the right column, from the address ({@code task=<id>}). */
    public Optional<String> geopendeTaakId() {
        return taakId(browser.driver().getCurrentUrl());
    }

    private static Optional<String> taakId(String adres) {
        Matcher m = TAAK_IN_ADRES.matcher(adres == null ? "" : URLDecoder.decode(adres, StandardCharsets.UTF_8));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Claims the open task and waits until it is assigned to the logged-in user and its form is
     * editable (Voltooien may stay disabled while required fields are empty).
     */
    public void claim() {
        browser.klik(CLAIM);
        browser.zichtbaar(VRIJGEVEN);
        browser.zichtbaar(VOLTOOIEN);
        browser.wachtTot(d -> d.findElements(By.cssSelector("[cam-tasklist-task] .fjs-form")).isEmpty()
                || d.findElements(By.cssSelector("[cam-tasklist-task] .fjs-form input, [cam-tasklist-task] .fjs-form textarea"))
                        .stream().anyMatch(WebElement::isEnabled));
    }

    /**
     * Takes the open group task with the button at the top of its grey form, "Deze taak oppakken", and waits as
     * {@link #claim()} does; the button is gone afterwards.
     */
    public void pakOp() {
        browser.klik(OPPAKKEN);
        browser.zichtbaar(VRIJGEVEN);
        browser.zichtbaar(VOLTOOIEN);
        browser.wachtTot(d -> d.findElements(OPPAKKEN).isEmpty());
        browser.wachtTot(d -> d.findElements(By.cssSelector("[cam-tasklist-task] .fjs-form")).isEmpty()
                || d.findElements(By.cssSelector("[cam-tasklist-task] .fjs-form input, [cam-tasklist-task] .fjs-form textarea"))
                        .stream().anyMatch(WebElement::isEnabled));
    }

    /** The line above a grey form: the button to take the task, or who holds it; empty when there is none. */
    public String oppakmelding() {
        return browser.driver().findElements(By.cssSelector("[cam-tasklist-task] .wijk-oppakken")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** Opens "Proces starten", picks the process by its name and waits for its start form. */
    public void startProces(String procesNaam) {
        browser.klik(START_PROCES);
        browser.klik(By.xpath(DIALOOG + "//ul[@class='processes']//a[normalize-space(.)="
                + xpathTekst(procesNaam) + "]"));
        browser.zichtbaar(By.xpath(DIALOOG + "//h3[contains(@class,'modal-title')]"
                + "[normalize-space(.)=" + xpathTekst("Proces starten: " + procesNaam) + "]"));
        browser.zichtbaar(STARTEN);
    }

    /** Presses Starten in the start dialog and waits until the process has started; fails with the messages shown otherwise. */
    public void start() {
        List<String> fouten = probeerTeStarten();
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("Process not started: " + fouten);
        }
    }

    /**
     * Presses Starten and waits for the outcome: an empty list when the process started (the
     * dialog closed with "Het proces is gestart."), otherwise the new error notifications
     * and field errors.
     */
    public List<String> probeerTeStarten() {
        int eerdereFouten = browser.zichtbare(FOUTMELDINGEN).size();
        browser.klik(STARTEN);
        return wachtOpUitkomst(eerdereFouten, () -> browser.zichtbare(By.xpath(DIALOOG)).isEmpty()
                && meldingen().contains(PROCES_GESTART));
    }

    /** Fills a text field, text area or number field of a Camunda Form by its label. */
    public void vulVeld(String label, String waarde) {
        vulVeld(label, 1, waarde);
    }

    /** Fills the n-th field (1-based) with this label, e.g. a field in row n of a dynamic list. */
    public void vulVeld(String label, int nummer, String waarde) {
        WebElement invoer = browser.zichtbaar(By.xpath(formulierveld(label, nummer)
                + "//*[self::input[contains(@class,'fjs-input')] or self::textarea]"));
        invoer.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        invoer.sendKeys(waarde);
    }

    /**
     * Chooses an option of a Camunda Form field by the labels: a select (form-js dropdown), a
     * radio group, or a checklist (each call ticks one more box).
     */
    public void kiesOptie(String label, String waarde) {
        kiesOptie(label, 1, waarde);
    }

    /** Chooses an option in the n-th field (1-based) with this label, e.g. in row n of a dynamic list. */
    public void kiesOptie(String label, int nummer, String waarde) {
        String veld = formulierveld(label, nummer);
        String klasse = browser.zichtbaar(By.xpath(veld)).getAttribute("class");
        if (klasse.contains("fjs-form-field-select")) {
            browser.klik(By.xpath(veld + "//div[contains(@class,'fjs-input-group')]"));
            browser.klik(By.xpath(veld + "//div[contains(@class,'fjs-dropdownlist-item')]"
                    + "[normalize-space(.)=" + xpathTekst(waarde) + "]"));
            browser.wachtTot(d -> Browser.tekst(d.findElement(By.xpath(veld
                    + "//div[contains(@class,'fjs-select-display')]"))).equals(waarde));
        } else {
            By optie = By.xpath(veld + "//label[normalize-space(.)=" + xpathTekst(waarde) + "]/input");
            if (!browser.zichtbaar(optie).isSelected()) {
                browser.klik(By.xpath(veld + "//label[normalize-space(.)=" + xpathTekst(waarde) + "]"));
            }
            browser.wachtTot(ExpectedConditions.elementToBeSelected(optie));
        }
    }

    private static String formulierveld(String label, int nummer) {
        return "(" + formulierveld(label) + ")[" + nummer + "]";
    }

    /** A form-js field by its label text (without the asterisk of a required field). */
    private static String formulierveld(String label) {
        return "//div[contains(concat(' ',normalize-space(@class),' '),' fjs-form-field ')]"
                + "[label[1][normalize-space(text())=" + xpathTekst(label) + "]]";
    }

    /** Presses Voltooien on the open task and waits until it is gone; fails with the messages shown otherwise. */
    public void voltooi() {
        List<String> fouten = probeerTeVoltooien();
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("Task not completed: " + fouten);
        }
    }

    /**
     * Presses Voltooien and waits for the outcome: an empty list when the task was completed (it
     * left the right column), otherwise the new error notifications and field errors.
     */
    public List<String> probeerTeVoltooien() {
        String taak = geopendeTaakId().orElseThrow(() -> new IllegalStateException("No task is open"));
        int eerdereFouten = browser.zichtbare(FOUTMELDINGEN).size();
        browser.klik(VOLTOOIEN);
        return wachtOpUitkomst(eerdereFouten, () -> !geopendeTaakId().equals(Optional.of(taak))
                && browser.zichtbare(TAAKNAAM).isEmpty());
    }

    private List<String> wachtOpUitkomst(int eerdereFouten, BooleanSupplier gelukt) {
        return browser.wachtTot(d -> {
            if (gelukt.getAsBoolean()) {
                return List.<String>of();
            }
            List<String> fouten = browser.zichtbare(FOUTMELDINGEN).stream().map(Tasklist::melding).toList();
            List<String> veldfouten = veldfouten();
            if (fouten.size() > eerdereFouten || !veldfouten.isEmpty()) {
                return Stream.concat(fouten.stream().skip(eerdereFouten), veldfouten.stream())
                        .toList();
            }
            return null;
        });
    }

    /** The texts of the notifications Tasklist shows right now (status and message, e.g. "Het proces is gestart."). */
    public List<String> meldingen() {
        return browser.zichtbare(MELDINGEN).stream().map(Tasklist::melding).filter(m -> !m.isEmpty()).toList();
    }

    /** The validation errors form-js shows under the fields right now (e.g. "Dit veld is verplicht."). */
    public List<String> veldfouten() {
        return browser.teksten(VELDFOUTEN);
    }

    /** Waits until a notification containing the text is visible and returns its text. */
    public String wachtOpMelding(String bevat) {
        return browser.wachtTot(d -> meldingen().stream().filter(m -> m.contains(bevat)).findFirst().orElse(null));
    }

    private static String melding(WebElement alert) {
        try {
            String status = Browser.tekst(alert.findElement(By.cssSelector(".status")));
            String bericht = alert.findElements(By.cssSelector(".message")).stream()
                    .map(Browser::tekst).findFirst().orElse("");
            return (status + " " + bericht).trim();
        } catch (NoSuchElementException e) {
            return Browser.tekst(alert).replace("×", "").trim();
        }
    }

    /** An XPath string literal for any text, also one with quotes. */
    static String xpathTekst(String tekst) {
        if (!tekst.contains("'")) {
            return "'" + tekst + "'";
        }
        if (!tekst.contains("\"")) {
            return "\"" + tekst + "\"";
        }
        return "concat('" + tekst.replace("'", "',\"'\",'") + "')";
    }
}
