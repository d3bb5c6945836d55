package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new secretariat's first review, on the packaged jar with an empty database and no sample data,
 * using only screens, at tablet size: set up the review, import organizations, participants and the
 * programme, create accounts in bulk, link a participant to an account made separately, let a
 * rapporteur set her password by her link, take notes and propose a recommendation, validate and
 * agree it, freeze and download the aide-memoire, and start next year's review, which follows it up.
 */
class FirstReviewBrowserIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = "first review admin passphrase";
    private static final String RECOMMENDATION = "Publish the school census every December, by district.";

    private RunningApp empty;

    @Test
    void a_new_secretariat_prepares_runs_and_follows_up_a_review_on_screens_only() throws Exception {
        long begin = System.nanoTime();
        try (RunningApp instance = RunningApp.empty("first-review", ADMIN_PASSWORD)) {
            empty = instance;
            resize(768, 1024);
            signInWithTheForm(empty.url("login"), "admin", ADMIN_PASSWORD);
            setUpTheReview();
            importFile(
                    "organizations",
                    "import-organizations",
                    "organizations.csv",
                    "5 organizations added, none updated.");
            importFile("participants", "import-participants", "participants.csv", "5 participants added.");
            importFile("agenda/edit", "import-programme", "programme.csv", "3 sessions added.");
            Map<String, String> links = createAccountsFor("Imran Soomro", "Nadeem Talpur");
            linkAyeshaToAnAccountMadeInUsers();

            driver.manage().deleteAllCookies();
            setPasswordThrough(links.get("Imran Soomro"), "indus river monsoon evening");
            signInWithTheForm(empty.url("login"), "imran.soomro@seld.example.pk", "indus river monsoon evening");
            long session = sessionFromMyAgenda(empty.url(""), "Working group: Access & Equity");
            writeNotesAndProposeARecommendation(session);

            driver.manage().deleteAllCookies();
            signInAt(empty.url("login"), "admin", ADMIN_PASSWORD);
            validateTheNotes(session);
            agreeTheRecommendationAndCloseTheWrapUp();
            String aideMemoire = freezeAndDownloadTheAideMemoire();
            assertThat(aideMemoire).contains("Sindh JESR 2027", "Publish the school census");

            startTheNextReviewAndFindTheRecommendationInItsFollowUp();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        Files.createDirectories(Path.of("target", "figures"));
        Files.writeString(
                Path.of("target", "figures", "first-review.txt"),
                "FirstReviewBrowserIT: the whole first review on screens, app start included, took " + took.toSeconds()
                        + " s\n");
    }

    private void setUpTheReview() {
        click(By.id("set-up-review"));
        type("#review-name-field input", "Sindh JESR 2027");
        type("#review-country input", "Sindh");
        WebElement year = find("#review-year input");
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2027");
        type("#review-start input", "12/6/2027" + Keys.ENTER);
        closeOverlays();
        type("#review-end input", "12/8/2027" + Keys.ENTER);
        closeOverlays();
        type("#review-venue input", "Karachi");
        type("#review-zone input", "Asia/Karachi");
        pickTheOnlyItem("Asia/Karachi");
        closeOverlays();
        // English is ticked already: a new review works in English until French is added.
        assertThat(driver.findElements(By.cssSelector("#review-languages vaadin-checkbox[checked]")))
                .hasSize(1);
        click(By.id("save-review"));
        wait.until(d -> textNow("setup-review-state").equals("Done"));
        assertThat(js("return document.getElementById('review-name').textContent;"))
                .isEqualTo("Sindh JESR 2027");
        assertThat(text("setup-organizations-state")).isEqualTo("Not started");
    }

    private void importFile(String page, String button, String file, String expected) {
        navigateTo(empty.url(page));
        waitForVaadin();
        click(By.id(button));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        WebElement input = upload.getShadowRoot().findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        js("arguments[0].hidden = false; arguments[0].style.display = 'block';", input);
        input.sendKeys(Path.of("src/test/resources/first-review", file)
                .toAbsolutePath()
                .toString());
        click(By.id("import-confirm"));
        wait.until(d -> !textNow("import-result").isBlank());
        assertThat(text("import-result")).isEqualTo(expected);
        click(By.id("import-close"));
        waitForVaadin();
    }

    /** Selects each named participant (searching, then ticking the only row), creates rapporteur accounts, reads the sheet. */
    private Map<String, String> createAccountsFor(String... names) throws Exception {
        navigateTo(empty.url("participants"));
        waitForVaadin();
        for (String name : names) {
            WebElement checkbox = wait.until(d -> rowCheckbox(name));
            js("arguments[0].scrollIntoView({block: 'center'});", checkbox);
            checkbox.click();
            waitForVaadin();
        }
        assertThat(find("#create-accounts").getText()).isEqualTo("Create accounts for 2 selected participants");
        click(By.id("create-accounts"));
        wait.until(d -> !d.findElements(By.cssSelector("#accounts-role vaadin-radio-button"))
                .isEmpty());
        driver.findElements(By.cssSelector("#accounts-role vaadin-radio-button")).stream()
                .filter(r -> r.getText().startsWith("Rapporteur"))
                .findFirst()
                .orElseThrow()
                .click();
        click(By.id("accounts-create"));
        assertThat(text("accounts-summary")).isEqualTo("2 new password links; nobody already had an account.");
        byte[] sheet = download(find("#accounts-sheet").getAttribute("href"));
        click(By.id("accounts-close"));
        return linksOnSheet(sheet);
    }

    private void linkAyeshaToAnAccountMadeInUsers() {
        navigateTo(empty.url("admin/users"));
        waitForVaadin();
        click(By.id("add-user"));
        type("#user-username input", "ayesha.khan");
        type("#user-display-name input", "Ayesha Khan");
        driver.findElements(By.cssSelector("#user-roles vaadin-checkbox")).stream()
                .filter(box -> box.getText().trim().equals("Rapporteur"))
                .findFirst()
                .orElseThrow()
                .click();
        click(By.id("user-save"));
        assertThat(find("#invitation-link").getAttribute("href")).contains("/invitation/");
        click(By.id("invitation-close"));

        navigateTo(empty.url("participants"));
        waitForVaadin();
        WebElement cell =
                wait.until(d -> d.findElements(By.cssSelector("#participant-grid vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().equals("Ayesha Khan"))
                        .findFirst()
                        .orElse(null));
        cell.click();
        type("#participant-account input", "ayesha.khan");
        pickTheOnlyItem("ayesha.khan");
        closeOverlays();
        click(By.id("participant-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("participant-dialog")));
        wait.until(d -> textNow("participant-grid").contains("Has an account"));
    }

    private void writeNotesAndProposeARecommendation(long session) {
        navigateTo(empty.url("notes/" + session));
        waitForVaadin();
        find("#notes-summary-text textarea")
                .sendKeys("Enrolment rose, but girls' transition after grade 5 fell in rural districts.");
        wait.until(
                d -> "saved".equals(d.findElement(By.id("notes-summary-state")).getAttribute("data-state"))
                        && !textNow("notes-summary-state").isBlank());
        click(By.id("propose-recommendation"));
        find("#recommendation-text textarea").sendKeys(RECOMMENDATION);
        type("#recommendation-responsible input", "Reform Support Unit");
        assertThat(find("#recommendation-theme input").getAttribute("value")).isEqualTo("Access & Equity");
        click(By.id("recommendation-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("recommendation-dialog")));
        // "Recommendation added" sits over the foot of the page for 3 s, as it does for a person.
        wait.until(
                d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        click(By.id("notes-submit"));
        wait.until(d -> textNow("notes-status").equals("Submitted"));
    }

    private void validateTheNotes(long session) {
        navigateTo(empty.url("notes/" + session));
        waitForVaadin();
        click(By.id("notes-validate"));
        wait.until(d -> textNow("notes-status").equals("Validated"));
    }

    private void agreeTheRecommendationAndCloseTheWrapUp() {
        navigateTo(empty.url("wrap-up"));
        waitForVaadin();
        assertThat(text("wrap-up-text")).contains("Publish the school census");
        click(By.id("decide-agreed"));
        wait.until(d -> textNow("wrap-up-consensus").equals("Agreed"));
        click(By.id("close-wrap-up"));
        confirm();
        wait.until(d -> !textNow("wrap-up-closed").isBlank());
    }

    private String freezeAndDownloadTheAideMemoire() throws Exception {
        navigateTo(empty.url("aide-memoire"));
        waitForVaadin();
        click(By.id("create-aide-memoire"));
        click(By.id("freeze-version"));
        confirm();
        WebElement pdf = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-pdf-1")));
        try (PdfDocument document =
                new PdfDocument(new PdfReader(new ByteArrayInputStream(download(pdf.getAttribute("href")))))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page)))
                        .append('\n');
            }
            return text.toString();
        }
    }

    private void startTheNextReviewAndFindTheRecommendationInItsFollowUp() {
        navigateTo(empty.url("reviews"));
        waitForVaadin();
        WebElement next = wait.until(d -> d.findElements(By.cssSelector("vaadin-button[id$='-next']")).stream()
                .findFirst()
                .orElse(null));
        click(By.id(next.getAttribute("id")));
        assertThat(find("#next-name input").getAttribute("value")).isEqualTo("Sindh JESR 2028");
        click(By.id("next-start-button"));
        wait.until(d -> "Sindh JESR 2028".equals(js("return document.getElementById('review-name').textContent;")));
        navigateTo(empty.url("follow-up"));
        waitForVaadin();
        assertThat(text("follow-up-list")).contains(RECOMMENDATION, "Reform Support Unit");
    }

    /** Closes a picker's or a combo box's drop-down, as a tap elsewhere would. */
    private void closeOverlays() {
        for (int i = 0; i < 3 && !openOverlays().isEmpty(); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        }
        wait.until(d -> openOverlays().isEmpty());
    }

    private java.util.List<WebElement> openOverlays() {
        return driver.findElements(
                By.cssSelector("vaadin-date-picker-overlay[opened], vaadin-combo-box-overlay[opened], "
                        + "vaadin-date-picker[opened], vaadin-combo-box[opened]"));
    }

    /** The selection box of the participant grid's row showing this name (cells are slotted into the grid's rows). */
    private WebElement rowCheckbox(String name) {
        return (WebElement) js("""
                const grid = document.getElementById('participant-grid');
                const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.trim() === arguments[0]);
                if (!cell) { return null; }
                const row = grid.shadowRoot.querySelector('slot[name="' + cell.slot + '"]').closest('tr');
                const first = row.querySelector('td slot');
                const content = grid.querySelector('[slot="' + first.name + '"]');
                return content ? content.querySelector('vaadin-checkbox') : null;
                """, name);
    }

    /** Downloads as the signed-in browser would: with its session cookie. */
    private byte[] download(String href) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }

    /** Each card's name and the link under its QR code, read back from the printed sheet (two cards a row). */
    private static Map<String, String> linksOnSheet(byte[] sheet) throws IOException {
        Map<String, String> links = new HashMap<>();
        Pattern name = Pattern.compile("^(\\S+ \\S+)$", Pattern.MULTILINE);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(sheet)))) {
            var page = pdf.getPage(1);
            float width = page.getPageSize().getWidth();
            float height = page.getPageSize().getHeight();
            for (Rectangle column : new Rectangle[] {
                new Rectangle(0, 0, width / 2, height), new Rectangle(width / 2, 0, width / 2, height)
            }) {
                String text = PdfTextExtractor.getTextFromPage(
                        page,
                        new FilteredTextEventListener(
                                new LocationTextExtractionStrategy(), new TextRegionEventFilter(column)));
                Matcher who = name.matcher(text.lines()
                        .skip(text.contains("Your JESR Desk account") ? 1 : 0)
                        .collect(Collectors.joining("\n")));
                Matcher link = Pattern.compile("(http://\\S+/invitation/[A-Za-z0-9_-]{43})")
                        .matcher(text.replaceAll("\\s+", ""));
                if (who.find() && link.find()) {
                    links.put(who.group(1), link.group(1));
                }
            }
        }
        assertThat(links).containsKeys("Imran Soomro", "Nadeem Talpur");
        return links;
    }

    private WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private void type(String css, String text) {
        WebElement field = find(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(text);
    }
}
