package nl.utrecht.wijkgerichtwerken.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Clicks every visible element of a kind, one by one from the same starting page, and checks after each click the
 * visible text of the page (dialogs and notifications included) and its tooltips, titles and placeholders with
 * {@link Taalcontrole}. Collects the findings instead of stopping at the first, so one run shows them all.
 */
final class Klikronde {

    /** How long the page must stay without open requests before its answer to a click counts as shown. */
    static final Duration STILTE = Duration.ofMillis(300);
    /**
     * Counts the page's open requests (Tasklist and Cockpit ask the server with XMLHttpRequest), so that a click's
     * answer is awaited exactly as long as its requests take instead of a fixed pause after every click.
     */
    private static final String VERZOEKTELLER = "if (!window.__wijkOpen) { window.__wijkOpen = {n: 0, stil: Date.now()};"
            + " const verstuur = XMLHttpRequest.prototype.send;"
            + " XMLHttpRequest.prototype.send = function () { window.__wijkOpen.n++;"
            + " this.addEventListener('loadend', () => { window.__wijkOpen.n--; window.__wijkOpen.stil = Date.now(); });"
            + " return verstuur.apply(this, arguments); }; }";
    /**
     * Milliseconds since the last request ended, or -1 while one is open. A page that the click newly loaded (a link
     * into Cockpit) has no counter yet: it gets one and counts as quiet only from then on.
     */
    private static final String STIL_SINDS = "if (!window.__wijkOpen) { " + VERZOEKTELLER + " return -1; }"
            + " if (document.readyState !== 'complete') { return -1; }"
            + " const o = window.__wijkOpen; return o.n > 0 ? -1 : Date.now() - o.stil;";
    /**
     * Whether the page still shows a translation key: Camunda's webapps fill their texts in a moment after a page
     * loads, and a key that stays is reported by {@link Taalcontrole} (same pattern).
     */
    private static final String TOONT_SLEUTEL = "return new RegExp(arguments[0]).test(document.body.innerText);";
    static final By TOOLTIP = By.cssSelector(".tooltip .tooltip-inner");
    static final By LADEN = By.cssSelector(".loader, .fjs-loading, .wijk-laden");
    /** An error or refusal shown after a click (Tasklist's and Cockpit's notifications, a dialog's alert). */
    static final By WEIGERING = By.cssSelector(".alert-danger, .alert-error");

    /** Visible texts the browser would not give with getText(): tooltips, titles, placeholders, labels of icons. */
    private static final String ATTRIBUTEN = "return Array.from(document.querySelectorAll("
            + "'[uib-tooltip],[title],[placeholder],[aria-label],[tooltip]'))"
            + ".filter(e => e.offsetParent !== null || e.getClientRects().length > 0)"
            + ".flatMap(e => ['uib-tooltip','title','placeholder','aria-label','tooltip']"
            + ".map(a => e.getAttribute(a)).filter(w => w && w.trim()))"
            + ".filter(w => !w.includes('|'))";

    private final Browser browser;
    private final String rol;
    /** Each finding once, with where it was seen first. */
    private final Map<String, String> bevindingen = new LinkedHashMap<>();
    private int schermen;

    Klikronde(Browser browser, String rol) {
        this.browser = browser;
        this.rol = rol;
    }

    List<String> bevindingen() {
        return bevindingen.entrySet().stream().map(b -> b.getValue() + ": " + b.getKey()).toList();
    }

    private void bevinding(String waar, String wat) {
        bevindingen.putIfAbsent(wat, rol + " / " + waar);
    }

    /** Checks what is on screen now and saves a screenshot. */
    void controleer(String waar) {
        wachtOpRust();
        String tekst = browser.driver().findElement(By.tagName("body")).getText();
        @SuppressWarnings("unchecked")
        List<String> attributen = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(ATTRIBUTEN);
        Taalcontrole.bevindingen(tekst + "\n" + String.join("\n", attributen)).forEach(b -> bevinding(waar, b));
        browser.teksten(WEIGERING).forEach(melding -> bevinding(waar,
                "a button this user may see ends in a refusal or error (hide it): \"" + melding.replaceAll("\\s+", " ") + "\""));
        browser.screenshot(String.format("klik-%s-%02d", rol, ++schermen));
    }

    /**
     * Clicks each element the locator finds visible on the starting page, from a fresh starting page each time
     * ({@code terug} opens it), and checks the page after each click; an action of the same name (the same button on
     * another row) is clicked once. Returns the names of what was clicked.
     */
    List<String> klikElk(String groep, By locator, Runnable terug) {
        terug.run();
        int aantal = klikbare(locator).size();
        List<String> geklikt = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            if (i > 0) {
                terug.run();
            }
            List<WebElement> elementen = klikbare(locator);
            if (i >= elementen.size()) {
                break;
            }
            WebElement element = elementen.get(i);
            String naam = naam(element);
            if (geklikt.contains(naam)) {
                continue; // the same action on another row (a variable, a task): once is enough
            }
            geklikt.add(naam);
            klik(element);
            controleer(groep + " '" + naam + "'");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        }
        return geklikt;
    }

    /**
     * Hovers over each visible element with a tooltip that the locator finds (one per distinct tooltip) and checks the
     * tooltip as it appears, e.g. on the assignee in the task list.
     */
    void controleerTooltips(String waar, By locator) {
        Map<String, Integer> perTooltip = new LinkedHashMap<>();
        List<WebElement> elementen = browser.zichtbare(locator);
        for (int i = 0; i < elementen.size(); i++) {
            String tooltip = elementen.get(i).getAttribute("uib-tooltip");
            if (tooltip != null && !tooltip.isBlank()) {
                perTooltip.putIfAbsent(tooltip, i);
            }
        }
        for (int index : perTooltip.values()) {
            try {
                new Actions(browser.driver()).moveToElement(browser.zichtbare(locator).get(index)).perform();
                String tooltip = browser.wachtTot(d -> browser.teksten(TOOLTIP).stream().findFirst().orElse(null),
                        Duration.ofSeconds(3));
                Taalcontrole.bevindingen(tooltip).forEach(b -> bevinding(waar + " tooltip", b));
            } catch (TimeoutException | StaleElementReferenceException | IndexOutOfBoundsException e) {
                // the list re-rendered under the pointer: this tooltip is checked by its attribute in controleer()
            }
            new Actions(browser.driver()).moveToElement(browser.zichtbaar(Tasklist.TAAKNAAM)).perform();
        }
    }

    /** The visible elements a pointer can reach (not those the page's CSS made inert with pointer-events: none). */
    private List<WebElement> klikbare(By locator) {
        return browser.zichtbare(locator).stream().filter(e -> !"none".equals(e.getCssValue("pointer-events"))).toList();
    }

    static String naam(WebElement element) {
        String tekst = Browser.tekst(element);
        if (!tekst.isEmpty()) {
            return tekst.replaceAll("\\s+", " ");
        }
        for (String attribuut : List.of("uib-tooltip", "title", "aria-label", "class")) {
            String waarde = element.getAttribute(attribuut);
            if (waarde != null && !waarde.isBlank()) {
                return waarde;
            }
        }
        return element.getTagName();
    }

    private void klik(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript(VERZOEKTELLER);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            new Actions(browser.driver()).moveToElement(element).click().perform();
        } catch (RuntimeException e) {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
        }
    }

    /**
     * Waits until nothing loads any more and the page's requests have been answered for a moment, so that a refusal
     * that arrives with a request's answer is on screen before the page is read.
     */
    private void wachtOpRust() {
        try {
            browser.wachtTot(d -> browser.zichtbare(LADEN).isEmpty()
                    && ((Number) ((JavascriptExecutor) d).executeScript(STIL_SINDS)).longValue() >= STILTE.toMillis(),
                    Duration.ofSeconds(10));
        } catch (TimeoutException e) {
            bevinding("laden", "still loading after 10 s on " + browser.driver().getCurrentUrl());
        }
        try {
            browser.wachtTot(d -> !(Boolean) ((JavascriptExecutor) d).executeScript(TOONT_SLEUTEL,
                    Taalcontrole.VERTAALSLEUTEL.pattern()), Duration.ofSeconds(3));
        } catch (TimeoutException e) {
            // the key stays on the page: controleer() reports it
        }
    }
}
