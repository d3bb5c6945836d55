package org.jesr.desk.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.TestData;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.evidence.FinanceService;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long each import takes for the largest file it accepts (10,000 rows), through the same service
 * call the import dialog makes. Figures only, written to target/figures/import-timings.txt; run with
 * {@code ./mvnw verify -Pbenchmark -Djesr.benchmark.parts=imports -Dit.test=ImportBenchmark}.
 */
class ImportBenchmark extends IntegrationTest {

    private static final int ROWS = CsvTable.MAX_ROWS;

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    AgendaService agenda;

    @Autowired
    IndicatorService indicators;

    @Autowired
    FinanceService finances;

    @Test
    void each_import_of_ten_thousand_rows_is_timed() throws IOException {
        signInAs("organizer", Role.ORGANIZER);
        long review = reviews.save(TestData.review("Benchmark review", 2027)).getId();
        List<String> figures = new ArrayList<>();

        figures.add(time("organizations", () -> organizations.importCsv(csv(organizations()))));
        figures.add(time("participants", () -> participants.importCsv(review, csv(participants()))));
        figures.add(time(
                "programme",
                () -> agenda.importCsv(review, ZoneId.of("Asia/Karachi"), csv(programme())) > 0
                        ? ImportSummary.added(ROWS)
                        : ImportSummary.added(0)));
        figures.add(time(
                "indicators (1,000 indicators x 10 figures)", () -> indicators.importCsv(review, csv(indicators(71)))));
        figures.add(time(
                "indicators again (every figure updated)", () -> indicators.importCsv(review, csv(indicators(72)))));
        figures.add(time("finances", () -> finances.importReport(review, csv(finances()))));

        Files.createDirectories(Path.of("target", "figures"));
        Files.writeString(
                Path.of("target", "figures", "import-timings.txt"),
                "Import of " + ROWS + " rows, in-memory H2, " + LocalDate.now() + "\n" + String.join("\n", figures)
                        + "\n");
    }

    private static String time(String what, Supplier<ImportSummary> run) {
        long begin = System.nanoTime();
        ImportSummary summary = run.get();
        long millis = (System.nanoTime() - begin) / 1_000_000;
        assertThat(summary.added() + summary.updated()).as(what).isPositive();
        return String.format("%-45s %6d ms  (%d added, %d updated)", what, millis, summary.added(), summary.updated());
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String organizations() {
        StringBuilder csv = new StringBuilder("name,acronym,constituency\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Organization ")
                    .append(i)
                    .append(",ORG")
                    .append(i)
                    .append(',')
                    .append(i % 3 == 0 ? "GOVERNMENT" : i % 3 == 1 ? "DEVELOPMENT_PARTNER" : "CIVIL_SOCIETY")
                    .append('\n');
        }
        return csv.toString();
    }

    private static String participants() {
        StringBuilder csv = new StringBuilder("name,title,organization,email,phone,language,account\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(",Officer,ORG")
                    .append(i % 50)
                    .append(",person")
                    .append(i)
                    .append("@example.org,,")
                    .append(i % 2 == 0 ? "en" : "fr")
                    .append(",\n");
        }
        return csv.toString();
    }

    private static String programme() {
        StringBuilder csv = new StringBuilder(
                "date,start,end,title,type,room,theme,chairs,rapporteurs,members,visibility,description\n");
        for (int i = 0; i < ROWS; i++) {
            int day = 7 + i % 3;
            int hour = 8 + (i / 3) % 10;
            csv.append("2027-12-0")
                    .append(day)
                    .append(',')
                    .append(String.format("%02d:00,%02d:45", hour, hour))
                    .append(",Session ")
                    .append(i)
                    .append(",WORKING_GROUP,Room ")
                    .append(i % 40)
                    .append(",Theme ")
                    .append(i % 8)
                    .append(",person")
                    .append(i % 500)
                    .append("@example.org,person")
                    .append((i + 1) % 500)
                    .append("@example.org,,PUBLIC,\n");
        }
        return csv.toString();
    }

    private static String indicators(int value) {
        StringBuilder csv = new StringBuilder("code,name,unit,theme,direction,source,year,kind,breakdown,value\n");
        for (int i = 0; i < ROWS; i++) {
            int indicator = i / 10;
            int figure = i % 10;
            csv.append('I')
                    .append(indicator)
                    .append(",Indicator ")
                    .append(indicator)
                    .append(",%,Theme ")
                    .append(indicator % 8)
                    .append(",HIGHER_IS_BETTER,Census,")
                    .append(2020 + figure / 2)
                    .append(',')
                    .append(figure % 2 == 0 ? "TARGET" : "ACTUAL")
                    .append(",total,")
                    .append(value)
                    .append('\n');
        }
        return csv.toString();
    }

    private static String finances() {
        StringBuilder csv = new StringBuilder("section,year,label,unit,planned,actual\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(i % 3 == 0 ? "SPENDING" : i % 3 == 1 ? "FUNDING" : "COMMITMENT")
                    .append(',')
                    .append(2020 + i % 5)
                    .append(",Line ")
                    .append(i)
                    .append(",PKR million,")
                    .append(100 + i)
                    .append(',')
                    .append(90 + i)
                    .append('\n');
        }
        return csv.toString();
    }
}
