package org.jesr.desk.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.TestData;
import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class ParticipantImportIT extends IntegrationTest {

    private static final String HEADER = "name,title,organization,email,phone,language\n";

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    long reviewId;

    @BeforeEach
    void aReviewWithOrganizations() {
        signInAs("organizer", Role.ORGANIZER);
        reviewId = reviews.save(TestData.review("Test JSR", 2026)).getId();
        organizations.importCsv(csv("""
                name,acronym,constituency
                School Education and Literacy Department,SELD,GOVERNMENT
                Pakistan Coalition for Education,PCE,civil society
                Ministère de l'Éducation nationale,MEN,VISITING_DELEGATION
                """));
    }

    @Test
    void a_bad_row_rejects_the_whole_file_and_names_its_line_and_column() {
        InputStream file = csv(HEADER + """
                Sana Memon,Director,SELD,sana@seld.example.pk,+92 300 1234567,en
                Ali Shaikh,Officer,PCE,ali@pce.example.org,,en
                Broken Row,Officer,SELD,not-an-email,,en
                """);

        assertThatThrownBy(() -> participants.importCsv(reviewId, file))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo("email");
                    assertThat(e.key()).isEqualTo("participant.error.email");
                });
        assertThat(participants.count(reviewId, ParticipantFilter.all())).isZero();
    }

    @Test
    void an_email_already_on_the_list_is_reported_as_a_duplicate() {
        participants.importCsv(reviewId, csv(HEADER + "Sana Memon,,SELD,sana@seld.example.pk,,en\n"));

        assertThatThrownBy(
                        () -> participants.importCsv(
                                reviewId,
                                csv(
                                        HEADER
                                                + "Other Person,,PCE,other@pce.example.org,,en\nSana Again,,SELD,SANA@seld.example.pk,,en\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("email");
                    assertThat(e.key()).isEqualTo("import.error.duplicate-email");
                });
        assertThat(participants.count(reviewId, ParticipantFilter.all())).isEqualTo(1);
    }

    @Test
    void the_same_email_twice_in_one_file_is_a_duplicate() {
        assertThatThrownBy(() -> participants.importCsv(
                        reviewId, csv(HEADER + "A,,SELD,a@x.example.org,,en\nB,,SELD,a@x.example.org,,en\n")))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void utf8_with_and_without_byte_order_mark_is_accepted_and_accents_survive() {
        byte[] body = (HEADER + "Aminata Diop,Directrice de la planification,MEN,aminata@men.example.sn,,fr\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        participants.importCsv(reviewId, new ByteArrayInputStream(withBom));
        participants.importCsv(
                reviewId, csv(HEADER + "Chérif Ndiaye,Conseiller technique,MEN,cherif@men.example.sn,,fr\n"));

        assertThat(participants
                        .search(reviewId, ParticipantFilter.all(), Pageable.unpaged())
                        .map(Participant::getName))
                .containsExactlyInAnyOrder("Aminata Diop", "Chérif Ndiaye");
        assertThat(participants
                        .search(
                                reviewId,
                                new ParticipantFilter("", null, Constituency.VISITING_DELEGATION),
                                Pageable.unpaged())
                        .getContent()
                        .getFirst()
                        .getOrganization()
                        .getName())
                .isEqualTo("Ministère de l'Éducation nationale");
    }

    @Test
    void a_latin1_file_is_refused_instead_of_storing_mangled_names() {
        byte[] latin1 =
                (HEADER + "Chérif Ndiaye,,MEN,cherif@men.example.sn,,fr\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> participants.importCsv(reviewId, new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.key()).isEqualTo("import.error.not-utf8"));
    }

    @Test
    void a_binary_file_named_csv_is_refused_by_its_content() {
        byte[] pngHeader = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

        assertThatThrownBy(() -> participants.importCsv(reviewId, new ByteArrayInputStream(pngHeader)))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.key()).isEqualTo("import.error.not-text"));
    }

    @Test
    void an_unknown_organization_and_a_missing_column_are_named() {
        assertThatThrownBy(() -> participants.importCsv(reviewId, csv(HEADER + "A,,NOPE,a@x.example.org,,en\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo("organization");
                });
        assertThatThrownBy(() -> participants.importCsv(reviewId, csv("name,organization\nA,SELD\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo("email");
                });
    }

    @Test
    void a_quoted_multi_line_cell_does_not_shift_the_reported_line() {
        assertThatThrownBy(() -> participants.importCsv(
                        reviewId,
                        csv(HEADER
                                + "A,\"Director,\nPlanning\",SELD,a@x.example.org,,en\n"
                                + "B,,SELD,b@x.example.org,,xx\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo("language");
                });
    }

    @Test
    void export_neutralises_formulas_and_imports_back_unchanged() {
        participants.importCsv(
                reviewId,
                csv(
                        HEADER
                                + "\"=HYPERLINK(\"\"http://evil.example\"\")\",@SUM(A1),SELD,eve@x.example.org,+92 300 1234567,en\n"));

        String exported = participants.exportCsv(reviewId);

        assertThat(exported)
                .contains("'=HYPERLINK")
                .contains("'@SUM(A1)")
                .contains("'+92 300 1234567")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain("\n=");
        signInAs("organizer", Role.ORGANIZER);
        long next = reviews.save(TestData.review("Next JSR", 2027)).getId();
        participants.importCsv(next, new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
        Participant back = participants
                .search(next, ParticipantFilter.all(), Pageable.unpaged())
                .getContent()
                .getFirst();
        assertThat(back.getName()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        assertThat(back.getPhone()).isEqualTo("+92 300 1234567");
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
