package nl.utrecht.wijkgerichtwerken.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Clicks every visible element of a kind, one by one from the same starting page, and checks after each click the
 * visible text of the page (dialogs and notifications included) and its tooltips, titles and placeholders with
 * {@link Taalcontrole}. Collects the findings instead of stopping at the first, so one run shows them all.
 */
final class Klikronde {

    /** How long a click may take to show its answer (a refusal arrives as a notification after a request). */
    static final Duration NAREACTIE = Duration.ofMillis(1500);
    static final By LADEN = By.cssSelector(".loader, .fjs-loading, .wijk-laden");
    static final By OPEN_DIALOOG = By.cssSelector(".modal.in, .modal.show");

    /** Visible texts the browser would not give with getText(): tooltips, titles, placeholders, labels of icons. */
    private static final String ATTRIBUTEN = "return Array.from(document.querySelectorAll("
            + "'[uib-tooltip],[title],[placeholder],[aria-label],[tooltip]'))"
            + ".filter(e => e.offsetParent !== null || e.getClientRects().length > 0)"
            + ".flatMap(e => ['uib-tooltip','title','placeholder','aria-label','tooltip']"
            + ".map(a => e.getAttribute(a)).filter(w => w && w.trim()))"
            + ".filter(w => !w.includes('|'))";

    private final Browser browser;
    private final String rol;
    private final List<String> bevindingen = new ArrayList<>();
    private int schermen;

    Klikronde(Browser browser, String rol) {
        this.browser = browser;
        this.rol = rol;
    }

    List<String> bevindingen() {
        return bevindingen;
    }

    /** Checks what is on screen now and saves a screenshot. */
    void controleer(String waar) {
        wachtOpRust();
        String tekst = browser.driver().findElement(By.tagName("body")).getText();
        @SuppressWarnings("unchecked")
        List<String> attributen = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(ATTRIBUTEN);
        bevindingen.addAll(Taalcontrole.bevindingen(rol + " / " + waar, tekst + "\n" + String.join("\n", attributen)));
        browser.screenshot(String.format("klik-%s-%02d", rol, ++schermen));
    }

    /**
     * Clicks each element the locator finds visible on the starting page, from a fresh starting page each time
     * ({@code terug} opens it), and checks the page after each click. Returns the names of what was clicked.
     */
    List<String> klikElk(String groep, By locator, Runnable terug) {
        terug.run();
        int aantal = browser.zichtbare(locator).size();
        List<String> geklikt = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            if (i > 0) {
                terug.run();
            }
            List<WebElement> elementen = browser.zichtbare(locator);
            if (i >= elementen.size()) {
                break;
            }
            WebElement element = elementen.get(i);
            String naam = naam(element);
            geklikt.add(naam);
            klik(element);
            controleer(groep + " '" + naam + "'");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        }
        return geklikt;
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
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            new Actions(browser.driver()).moveToElement(element).click().perform();
        } catch (RuntimeException e) {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
        }
    }

    /** Waits until nothing loads any more, then gives a refusal the time to arrive. */
    private void wachtOpRust() {
        try {
            browser.wachtTot(d -> browser.zichtbare(LADEN).isEmpty(), Duration.ofSeconds(10));
        } catch (TimeoutException e) {
            bevindingen.add(rol + ": still loading after 10 s on " + browser.driver().getCurrentUrl());
        }
        try {
            browser.wachtTot(d -> !browser.zichtbare(Tasklist.MELDINGEN).isEmpty(), NAREACTIE);
        } catch (TimeoutException e) {
            // no notification: the click had its answer on the page
        }
    }
}
