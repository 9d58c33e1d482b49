package nl.utrecht.wijkgerichtwerken.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.utrecht.wijkgerichtwerken.Testklok;

/**
 * A headless Debian Chromium for browser tests. The driver and browser binaries are fixed, so
 * Selenium Manager never looks anything up or downloads anything. When Chromium is missing the
 * start fails with a clear message: CI installs it, so a silent skip would hide a broken setup.
 */
public final class Browser implements AutoCloseable {

    public static final Duration STANDAARD_WACHTTIJD = Duration.ofSeconds(20);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String TIJDZONE = "Europe/Amsterdam";

    private final Path profiel;
    private final ChromeDriverService service;
    private final WebDriver driver;
    private final WebDriverWait wacht;

    private Browser(Path profiel, ChromeDriverService service, WebDriver driver) {
        this.profiel = profiel;
        this.service = service;
        this.driver = driver;
        this.wacht = new WebDriverWait(driver, STANDAARD_WACHTTIJD);
        this.wacht.ignoring(StaleElementReferenceException.class);
    }

    /**
     * Starts a fresh headless Chromium with its own temporary profile, as on a workplace of the
     * municipality: Dutch as the browser language and the time zone Europe/Amsterdam.
     */
    public static Browser start() {
        return start("nl");
    }

    /** Starts a fresh headless Chromium whose first language is the given one (e.g. "en"). */
    public static Browser start(String taal) {
        vereis(CHROMIUM, "Chromium");
        vereis(CHROMEDRIVER, "chromedriver");
        Path profiel;
        try {
            profiel = Files.createTempDirectory("wijk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1400,1000", "--lang=" + taal, "--user-data-dir=" + profiel);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", taal));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", TIJDZONE))
                .build();
        try {
            ChromeDriver chrome = new ChromeDriver(service, options);
            zetKlokGelijk(chrome);
            return new Browser(profiel, service, chrome);
        } catch (RuntimeException e) {
            service.stop();
            verwijder(profiel);
            throw e;
        }
    }

    /**
     * When the run's clock is a test day ({@link Testklok}), every page's {@code Date} runs on the same day, so
     * relative dates ("over 14 dagen") and overdue markers read as they would on that day.
     */
    private static void zetKlokGelijk(ChromeDriver chrome) {
        long verschuiving = Testklok.verschuivingMillis();
        if (verschuiving == 0) {
            return;
        }
        String script = "(() => { const Echt = Date; const v = " + verschuiving + ";"
                + " class Testdatum extends Echt { constructor(...a) { if (a.length === 0) { super(Echt.now() + v); }"
                + " else { super(...a); } } static now() { return Echt.now() + v; } }"
                + " window.Date = Testdatum; })();";
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    private static void vereis(Path programma, String naam) {
        if (!Files.isExecutable(programma)) {
            throw new IllegalStateException(naam + " not found at " + programma
                    + ": browser tests need the Debian packages chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver)");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the address and waits until the document has loaded. */
    public void open(String url) {
        driver.get(url);
        wachtTot(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Saves the current viewport as {@code target/screenshots/<naam>.png}; returns the file. */
    public Path screenshot(String naam) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path doel = SCREENSHOTS.resolve(naam + ".png");
            File bestand = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(bestand.toPath(), doel, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(bestand.toPath());
            return doel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (20 s) until the condition returns something other than null or false. */
    public <T> T wachtTot(Function<? super WebDriver, T> voorwaarde) {
        return wacht.until(voorwaarde);
    }

    /** Waits with a different timeout, e.g. for something that must stay absent only briefly. */
    public <T> T wachtTot(Function<? super WebDriver, T> voorwaarde, Duration wachttijd) {
        WebDriverWait andere = new WebDriverWait(driver, wachttijd);
        andere.ignoring(StaleElementReferenceException.class);
        return andere.until(voorwaarde);
    }

    public WebElement zichtbaar(By locator) {
        return wachtTot(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement klikbaar(By locator) {
        return wachtTot(ExpectedConditions.elementToBeClickable(locator));
    }

    /**
     * Clicks as soon as the element is clickable; retries while Angular re-renders it or something
     * covers it. A covering tooltip (Tasklist shows them on hover) goes away when the pointer moves
     * onto the element itself.
     */
    public void klik(By locator) {
        wachtTot(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
            if (element == null) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException e) {
                // covered by a tooltip or by Tasklist's fixed footer bar: bring it to the middle, and
                // for a button that stays covered, press it with the keyboard as a keyboard user would
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                if ("button".equals(element.getTagName())) {
                    element.sendKeys(Keys.ENTER);
                    return true;
                }
                new Actions(d).moveToElement(element).perform();
                return false;
            }
        });
    }

    /** Waits until no element matching the locator is visible (any more). */
    public void onzichtbaar(By locator) {
        wachtTot(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** The currently visible elements matching the locator, without waiting. */
    public List<WebElement> zichtbare(By locator) {
        return driver.findElements(locator).stream().filter(Browser::isZichtbaar).toList();
    }

    /** The texts of the visible elements, trimmed, empty texts left out, without waiting. */
    public List<String> teksten(By locator) {
        return zichtbare(locator).stream().map(Browser::tekst).filter(t -> !t.isEmpty()).toList();
    }

    static String tekst(WebElement element) {
        try {
            return element.getText().trim();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private static boolean isZichtbaar(WebElement element) {
        try {
            return element.isDisplayed();
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            verwijder(profiel);
        }
    }

    private static void verwijder(Path map) {
        try (Stream<Path> paden = Files.walk(map)) {
            paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
