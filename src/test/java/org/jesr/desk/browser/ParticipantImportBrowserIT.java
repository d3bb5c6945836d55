package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class ParticipantImportBrowserIT extends BrowserTest {

    @Test
    void a_bad_csv_uploaded_by_an_organizer_is_rejected_with_line_and_column_and_nothing_is_added() throws IOException {
        Path csv = Files.createTempFile(Path.of("target"), "bad-participants-", ".csv");
        Files.writeString(csv, """
                name,title,organization,email,phone,language
                Rukhsana Bhatti,Programme Officer,ITA,rukhsana@ita.example.org,,en
                Broken Row,Officer,NOT-AN-ORG,broken@example.org,,en
                """, StandardCharsets.UTF_8);
        signIn("organizer", "organizer");
        navigateTo(app.url("participants"));
        waitForVaadin();
        String before = text("count-total");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("import-participants")))
                .click();
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        fileInput(upload).sendKeys(csv.toAbsolutePath().toString());
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-preview-summary")))
                        .getText())
                .startsWith("2 rows read.");
        click(By.id("import-confirm"));

        wait.until(d -> !d.findElement(By.id("import-result")).getText().isBlank());
        assertThat(text("import-result"))
                .isEqualTo(
                        "Nothing was imported. Line 3, column \"organization\": no organization is named or abbreviated \"NOT-AN-ORG\"");
        driver.findElement(By.id("import-close")).click();
        waitForVaadin();
        assertThat(text("count-total")).isEqualTo(before);
    }

    private WebElement fileInput(WebElement upload) {
        SearchContext shadow = upload.getShadowRoot();
        WebElement input = shadow.findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        // The input is hidden behind the upload button; a user clicks the button, the test types the path.
        js("arguments[0].hidden = false; arguments[0].style.display = 'block';", input);
        return input;
    }
}
