package org.jesr.desk.browser;

import java.io.File;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of every browser test: Debian's headless Chromium, driven by its chromedriver,
 * against the packaged app started once on a random port.
 */
abstract class BrowserTest {

    protected static final RunningApp app = RunningApp.shared();

    /**
     * How long a browser test waits for what it expects before it fails: patience, not a check of speed.
     * A wait ends as soon as the page shows what it waits for, and the timed checks (the live agenda's two
     * seconds, the reconnection of the notes) keep waits of their own. Twenty seconds was too short at a CI
     * run's peak, when four apps start side by side on two cores: one app took 41 s to start, and a first
     * page after a sign-in and a review's save each missed twenty seconds once.
     */
    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    protected WebDriver driver;
    protected WebDriverWait wait;

    /**
     * One Chromium per test class, emptied between tests: a new one per test cost twice the CPU
     * (6 sign-ins and walks: 36 CPU seconds in fresh browsers, 17 in one; decision 0023).
     */
    private static final Map<Class<?>, WebDriver> classBrowsers = new ConcurrentHashMap<>();

    /**
     * Class browsers that their class has finished with, emptied, for the next class of this JVM: a new
     * Chromium, its first sign-in on cold caches and its quit cost 6.3–7.6 CPU seconds, the same sign-in
     * and two screens in an emptied browser 1.8–2.5 (a probe, four rounds each; decision 0023). Those
     * left over are quit when the JVM ends.
     */
    private static final Deque<WebDriver> idleBrowsers = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (WebDriver idle = idleBrowsers.poll(); idle != null; idle = idleBrowsers.poll()) {
                quietlyQuit(idle);
            }
        }));
    }

    /**
     * False for a class whose tests each open a browser of their own ({@link #inABrowserOfItsOwn}),
     * such as tests that run side by side: the class's shared browser is then never opened.
     */
    protected boolean usesTheClassBrowser() {
        return true;
    }

    @BeforeEach
    void openBrowser() {
        if (!usesTheClassBrowser()) {
            return;
        }
        // Keyed by class: classes run side by side in SideBySideBrowserIT, each with its own browser.
        WebDriver classBrowser = classBrowsers.get(getClass());
        if (classBrowser != null && !emptied(classBrowser)) {
            quitClassBrowser(getClass());
            classBrowser = null;
        }
        if (classBrowser == null) {
            classBrowser = idleOrNewBrowser();
            classBrowsers.put(getClass(), classBrowser);
        }
        driver = classBrowser;
        wait = waitFor(driver, PATIENCE);
        // Pages reload on a language change; an element read mid-reload is simply read again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /**
     * A wait that looks again every 100 ms. WebDriver's default of 500 ms added up to half a second to
     * nearly every step (each navigation, each sign-in wait), and the suite takes hundreds of them.
     */
    protected static WebDriverWait waitFor(WebDriver browser, Duration timeout) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(100));
    }

    /** A new Chromium, with nothing in it, caches included. Quit it yourself. */
    protected static WebDriver newBrowser() {
        return newBrowser(new String[0]);
    }

    /**
     * Another, independent Chromium (its own cookies and storage): a second person in the room. An idle,
     * emptied one when there is one. Give it back with {@link #putAway}.
     */
    protected static WebDriver anotherBrowser() {
        return idleOrNewBrowser();
    }

    /**
     * Empties a browser (a second person's, or a class's when the class ends) and keeps it for the next
     * test or class that needs one; quits one that no longer answers.
     */
    protected static void putAway(WebDriver browser) {
        if (emptied(browser)) {
            idleBrowsers.push(browser);
        } else {
            quietlyQuit(browser);
        }
    }

    /** A Chromium with more switches, such as a profile folder that outlives it. Quit it yourself. */
    protected static WebDriver newBrowser(String... moreArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                // Compositing in the browser process rather than a GPU process of its own: the same
                // software drawing without the hand-over between processes, 7 % less CPU (decision 0023).
                "--in-process-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US",
                "--window-size=1280,900",
                // V8's baseline compiler only, as the test apps run C1 only: a test page lives seconds,
                // and the optimizing tiers compete with the app for two cores (decision 0023).
                "--js-flags=--max-opt=1");
        options.addArguments(moreArguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        return new ChromeDriver(service, options);
    }

    private static WebDriver idleOrNewBrowser() {
        for (WebDriver idle = idleBrowsers.poll(); idle != null; idle = idleBrowsers.poll()) {
            if (emptied(idle)) {
                return idle;
            }
            quietlyQuit(idle);
        }
        return newBrowser();
    }

    private static void quietlyQuit(WebDriver browser) {
        try {
            browser.quit();
        } catch (WebDriverException e) {
            // already gone
        }
    }

    /**
     * As a new browser is on the app: no cookies, no storage (of any instance started in this JVM, service
     * workers and the field kit's offline store included), no other window, its usual size, and nothing left
     * in the console log. Only the HTTP cache stays, as it would for a person. False when the browser no
     * longer answers.
     */
    private static boolean emptied(WebDriver browser) {
        try {
            List<String> windows = List.copyOf(browser.getWindowHandles());
            for (String window : windows.subList(1, windows.size())) {
                browser.switchTo().window(window).close();
            }
            browser.switchTo().window(windows.getFirst());
            browser.get("about:blank");
            ChromeDriver chrome = (ChromeDriver) browser;
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            for (String origin : RunningApp.origins()) {
                chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.manage().logs().get(LogType.BROWSER);
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private static void quitClassBrowser(Class<?> testClass) {
        WebDriver classBrowser = classBrowsers.remove(testClass);
        if (classBrowser != null) {
            quietlyQuit(classBrowser);
        }
    }

    /** Runs a scenario in a browser of its own (a repeated scenario must not inherit anything, caches included). */
    protected void inAFreshBrowser(org.junit.jupiter.api.function.Executable scenario) throws Throwable {
        // The browser opened for the test is no worse for not being used: it goes back for the next one.
        WebDriver unused = classBrowsers.remove(getClass());
        if (unused != null) {
            putAway(unused);
        }
        classBrowsers.put(getClass(), newBrowser());
        openBrowser();
        try {
            scenario.execute();
        } finally {
            quitClassBrowser(getClass());
            driver = null;
        }
    }

    /** Runs a scenario in a browser no other test touches, even one running at the same time. */
    protected void inABrowserOfItsOwn(org.junit.jupiter.api.function.Executable scenario) throws Throwable {
        driver = newBrowser();
        wait = waitFor(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        try {
            scenario.execute();
        } finally {
            driver.quit();
            driver = null;
        }
    }

    /** The class's browser goes back, emptied, for the next class; one that does not answer is quit. */
    @AfterAll
    static void closeBrowser(TestInfo testClass) {
        testClass.getTestClass().map(classBrowsers::remove).ifPresent(BrowserTest::putAway);
    }

    protected void signIn(String username, String password) {
        signInAt(app.url("login"), username, password);
    }

    /**
     * Signs in at another instance's (or a proxy's) login page: the form's fields are posted over HTTP
     * and the browser is handed the session, then opens the overview. Drawing the form cost two full
     * page loads, 2 CPU seconds of Chromium per sign-in and a hundred sign-ins per run (decision 0023);
     * the form itself is typed into by {@link #signInWithTheForm} in the first-review walk.
     */
    protected void signInAt(String loginUrl, String username, String password) {
        String session = SessionCookie.signIn(loginUrl, username, password);
        String home = loginUrl.substring(0, loginUrl.length() - "login".length());
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Network.setCookie",
                        Map.of("name", "JSESSIONID", "value", session, "url", home, "httpOnly", true));
        driver.get(home);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        waitForVaadin();
    }

    /** Signs in as a person does: the login page, its two fields and its button. */
    protected void signInWithTheForm(String loginUrl, String username, String password) {
        driver.get(loginUrl);
        WebElement user = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("#login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form vaadin-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        waitForVaadin();
    }

    /**
     * Creates an account through the admin screen, so a test that changes an account
     * (its language, a lockout) does not disturb the demo accounts other tests sign in with.
     */
    protected void createAccount(String username, String password, String roleLabel) {
        signIn("admin", "admin");
        driver.get(app.url("admin/users"));
        waitForVaadin();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-user"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#user-username input")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("#user-display-name input")).sendKeys("Test " + username);
        driver.findElements(By.cssSelector("#user-roles vaadin-checkbox")).stream()
                .filter(box -> box.getText().trim().equals(roleLabel))
                .findFirst()
                .orElseThrow()
                .click();
        driver.findElement(By.id("user-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("user-dialog")));
        // Passwords are set by their holders, through the single-use link the admin is shown.
        String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-link")))
                .getAttribute("href");
        driver.manage().deleteAllCookies();
        setPasswordThrough(link, password);
        driver.manage().deleteAllCookies();
    }

    /** Follows a password link as its holder would and sets the password. */
    protected void setPasswordThrough(String link, String password) {
        driver.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#new-password input")))
                .sendKeys(password);
        driver.findElement(By.cssSelector("#repeat-password input")).sendKeys(password);
        driver.findElement(By.id("set-password")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-done")));
    }

    /** Scrolls the element to the middle of the screen first: long pages put it under the app bar. */
    protected void click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected List<String> menu() {
        wait.until(d -> !menuNow().isEmpty());
        return menuNow();
    }

    /** The first menu entry, or "" while the page is reloading. */
    protected String firstMenuEntry() {
        List<String> entries = menuNow();
        return entries.isEmpty() ? "" : entries.getFirst();
    }

    @SuppressWarnings("unchecked")
    private List<String> menuNow() {
        try {
            return (List<String>) js("return Array.from(document.querySelectorAll('#main-nav vaadin-side-nav-item'))"
                    + ".map(e => e.textContent.trim());");
        } catch (WebDriverException e) {
            return List.of();
        }
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until Vaadin has no request in flight, so what we read is what the server sent. */
    protected void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(
                js("return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients &&"
                        + " Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** The id of the session with this title, from the signed-in person's own agenda. */
    protected long sessionFromMyAgenda(String baseUrl, String title) {
        navigateTo(baseUrl + "my-agenda");
        WebElement card = wait.until(d -> d.findElements(By.cssSelector("#my-sessions .session-card")).stream()
                .filter(c -> c.getText().contains(title))
                .findFirst()
                .orElse(null));
        return Long.parseLong(card.getAttribute("id").replace("session-", ""));
    }

    /**
     * Opens a screen the way a person does once the app is loaded: through the router, without
     * reloading the page (and its script bundle) as {@code driver.get} would. Falls back to loading
     * the address when the page has no Vaadin client yet.
     */
    protected void navigate(String path) {
        navigateTo(app.url(path));
    }

    /**
     * {@link #navigate} to a full address, of the shared app or of an instance of one's own: a full page
     * load cost Chromium 0.8 CPU seconds, a step through the router 0.12 (decision 0023). An address on
     * another host is simply loaded.
     */
    protected void navigateTo(String url) {
        Object routed = js("""
                if (!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)) return false;
                const link = document.createElement('a');
                link.href = arguments[0];
                link.style.display = 'none';
                document.body.appendChild(link);
                link.click();
                link.remove();
                return true;
                """, url);
        if (!Boolean.TRUE.equals(routed)) {
            driver.get(url);
        }
        wait.until(d -> url.equals(d.getCurrentUrl()));
        waitForVaadin();
    }

    /** The switch sits at the foot of a long drawer: scroll it into view and tap the language's button. */
    protected void chooseLanguage(String language) {
        click(By.id("language-" + language));
    }

    protected void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        wait.until(d -> ((Number) js("return window.innerWidth;")).intValue() == width);
        // Headless Chromium still counts some window frame in the height (937 of 1080 was seen):
        // grow the window by what is missing, so the page itself gets the size under test.
        int missing = height - ((Number) js("return window.innerHeight;")).intValue();
        if (missing > 0) {
            driver.manage().window().setSize(new Dimension(width, height + missing));
        }
        wait.until(d -> ((Number) js("return window.innerHeight;")).intValue() == height);
    }

    /**
     * Clicks the item of the open combo box once its filter has left only the one with this text. Under
     * load, Enter (or an arrow key) pressed while the list still showed the unfiltered items picked nothing
     * or the wrong one: the time zones of the first review and a responsible body in the follow-up, each
     * in a CI run at the suite's peak.
     */
    protected void pickTheOnlyItem(String text) {
        WebElement item = wait.until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(WebElement::isDisplayed)
                    .toList();
            return shown.size() == 1 && shown.getFirst().getText().contains(text) ? shown.getFirst() : null;
        });
        item.click();
    }

    /** Presses the confirming button of the open confirmation dialog. */
    protected void confirm() {
        WebElement button =
                wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        button.click();
        waitForVaadin();
    }

    /**
     * Kept in target/screenshots for a person to look at (docs/screens takes its pictures from there),
     * when asked for with {@code -Djesr.screenshots=true}. Nothing checks a picture, and each cost
     * Chromium about half a CPU second to paint and encode: 30 of the tablet walk's 130 (decision 0023).
     */
    protected void screenshot(String name) {
        if (!Boolean.getBoolean("jesr.screenshots")) {
            return;
        }
        try {
            java.nio.file.Path folder =
                    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(
                    folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The text of an element, or "" while the page is between two loads. */
    protected String textNow(String id) {
        try {
            Object text = js("const e = document.getElementById(arguments[0]); return e ? e.innerText : '';", id);
            return text == null ? "" : text.toString();
        } catch (WebDriverException e) {
            return "";
        }
    }

    protected String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getText();
    }
}
