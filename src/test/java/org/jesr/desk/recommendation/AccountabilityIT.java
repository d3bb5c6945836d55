package org.jesr.desk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.SectionKey;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Last year's agreed recommendations, answered for all year by their responsible organizations. */
class AccountabilityIT extends IntegrationTest {

    @Autowired
    AccountabilityService accountability;

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AideMemoireService aideMemoires;

    Review previous;
    long fcdo;
    long other;

    @BeforeEach
    void lastYearsRecommendations() {
        long current = sampleReviewAsOrganizer();
        previous = reviews.previous(reviews.find(current).orElseThrow()).orElseThrow();
        signInAs("contributor", Role.CONTRIBUTOR);
        fcdo = participants.currentOrganizationIds().iterator().next();
        signInAs("organizer", Role.ORGANIZER);
        other = organizations.all().stream()
                .map(Organization::id)
                .filter(id -> id != fcdo)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void every_update_is_kept_and_the_latest_is_the_status_the_next_review_reads() {
        Recommendation r = agreed(0);
        accountability.assign(r.id(), fcdo, Set.of(other), previous.endDate().plusMonths(6));

        signInAs("contributor", Role.CONTRIBUTOR);
        accountability.addUpdate(r.id(), FollowUpStatus.IN_PROGRESS, "Budget line approved", null, null);
        accountability.addUpdate(r.id(), FollowUpStatus.COMPLETED, "Census published", null, null);

        assertThat(accountability.history(r.id()).subList(0, 2))
                .extracting(ProgressUpdate::getStatus, ProgressUpdate::getText, ProgressUpdate::getEnteredBy)
                .containsExactly(
                        tuple(FollowUpStatus.COMPLETED, "Census published", "contributor"),
                        tuple(FollowUpStatus.IN_PROGRESS, "Budget line approved", "contributor"));
        assertThat(accountability.history(r.id()).subList(0, 2))
                .allSatisfy(u -> assertThat(u.getEnteredForOrgId()).isEqualTo(fcdo));
        Accountable row = row(r.id());
        assertThat(row.status()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(row.recommendation().getFollowUpStatus()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(row.recommendation().getFollowUpComment()).isEqualTo("Census published");
        assertThat(row.recommendation().getSupporterIds()).containsExactly(other);
    }

    @Test
    void a_contributor_cannot_report_for_another_organizations_recommendation_and_nothing_changes() {
        Recommendation r = agreed(1);
        accountability.assign(r.id(), other, Set.of(fcdo), null);
        long before = updates();

        signInAs("contributor", Role.CONTRIBUTOR);
        assertThat(accountability.updatable(accountability.register(previous.id(), AccountabilityFilter.all())))
                .doesNotContain(r.id());
        assertThatThrownBy(() -> accountability.addUpdate(r.id(), FollowUpStatus.COMPLETED, "Done", null, null))
                .isInstanceOfSatisfying(
                        TranslatedException.class,
                        e -> assertThat(e.key()).isEqualTo("accountability.error.not-your-organization"));
        assertThat(updates()).isEqualTo(before);
        assertThat(row(r.id()).status()).isNotEqualTo(FollowUpStatus.COMPLETED);
    }

    @Test
    void a_due_date_before_the_review_is_refused_and_nothing_changes() {
        Recommendation r = agreed(0);
        Long responsibleBefore = r.getResponsibleOrgId();
        assertThatThrownBy(() -> accountability.assign(r.id(), fcdo, Set.of(), previous.startDate()))
                .isInstanceOfSatisfying(
                        TranslatedException.class,
                        e -> assertThat(e.key()).isEqualTo("accountability.error.due-before-review"));
        assertThat(row(r.id()).recommendation().getResponsibleOrgId()).isEqualTo(responsibleBefore);
        assertThat(row(r.id()).recommendation().getDueDate()).isNull();
    }

    @Test
    void a_dropped_recommendation_says_why_and_an_empty_update_is_refused() {
        Recommendation r = agreed(0);
        assertThatThrownBy(() -> accountability.addUpdate(r.id(), FollowUpStatus.DROPPED, "Dropped", " ", null))
                .isInstanceOfSatisfying(
                        TranslatedException.class,
                        e -> assertThat(e.key()).isEqualTo("accountability.error.reason-required"));
        assertThatThrownBy(() -> accountability.addUpdate(r.id(), FollowUpStatus.IN_PROGRESS, "  ", null, null))
                .isInstanceOfSatisfying(
                        TranslatedException.class,
                        e -> assertThat(e.key()).isEqualTo("accountability.error.text-required"));
        accountability.addUpdate(r.id(), FollowUpStatus.DROPPED, "Dropped", "Superseded by the new policy", null);
        assertThat(accountability.history(r.id()).getFirst().getDropReason()).isEqualTo("Superseded by the new policy");
    }

    @Test
    void past_due_and_not_done_is_overdue_and_the_filters_narrow_the_register() {
        Recommendation late = agreed(1);
        Recommendation done = agreed(2);
        accountability.assign(late.id(), fcdo, Set.of(), previous.endDate().plusDays(1));
        accountability.assign(done.id(), other, Set.of(), previous.endDate().plusDays(1));
        accountability.addUpdate(late.id(), FollowUpStatus.IN_PROGRESS, "Half the districts", null, null);
        accountability.addUpdate(done.id(), FollowUpStatus.COMPLETED, "Done", null, null);

        assertThat(row(late.id()).overdue()).isTrue();
        assertThat(row(done.id()).overdue()).as("done is never overdue").isFalse();
        assertThat(accountability.register(previous.id(), new AccountabilityFilter(null, null, null, true)))
                .extracting(a -> a.recommendation().id())
                .contains(late.id())
                .doesNotContain(done.id());
        assertThat(accountability.register(previous.id(), new AccountabilityFilter(null, fcdo, null, false)))
                .extracting(a -> a.recommendation().id())
                .containsExactly(late.id());
        assertThat(accountability.register(
                        previous.id(), new AccountabilityFilter(null, null, FollowUpStatus.COMPLETED, false)))
                .extracting(a -> a.recommendation().id())
                .contains(done.id())
                .doesNotContain(late.id());
    }

    @Test
    void the_xlsx_export_is_a_real_workbook_in_the_readers_language() throws Exception {
        Recommendation r = agreed(1);
        accountability.assign(r.id(), fcdo, Set.of(), previous.endDate().plusDays(1));
        byte[] xlsx = accountability.xlsx(
                previous.id(),
                AccountabilityFilter.all(),
                Locale.FRENCH,
                (key, args) -> new AppI18nProvider().getTranslation(key, Locale.FRENCH, args));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Suivi");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Recommandation");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(r.getText());
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("En retard");
            assertThat(sheet.getLastRowNum()).isEqualTo(agreedAll().size());
        }
    }

    @Test
    void the_next_reviews_aide_memoire_drafts_its_follow_up_section_from_the_latest_updates() {
        Recommendation r = agreed(1);
        accountability.assign(r.id(), fcdo, Set.of(), null);
        accountability.addUpdate(r.id(), FollowUpStatus.IN_PROGRESS, "Stipend paid in 14 of 30 districts", null, null);
        long current = reviews.current().orElseThrow().id();
        long id = aideMemoires.create(current).id();
        String followUp = aideMemoires.sections(id).stream()
                .filter(s -> s.getKey() == SectionKey.FOLLOW_UP)
                .findFirst()
                .orElseThrow()
                .text();
        Organization responsible = organizations.all().stream()
                .filter(o -> o.id() == fcdo)
                .findFirst()
                .orElseThrow();
        assertThat(followUp)
                .contains("2. " + r.getText().replace("&", "&amp;"), responsible.getName())
                .contains("In progress. Latest update, ")
                .contains("Stipend paid in 14 of 30 districts");
    }

    private Recommendation agreed(int index) {
        return agreedAll().get(index).recommendation();
    }

    private List<Accountable> agreedAll() {
        return accountability.register(previous.id(), AccountabilityFilter.all());
    }

    private Accountable row(long id) {
        return accountability.register(previous.id(), AccountabilityFilter.all()).stream()
                .filter(a -> a.recommendation().id() == id)
                .findFirst()
                .orElseThrow();
    }

    private long updates() {
        Long n = jdbc.queryForObject("select count(*) from progress_update", Long.class);
        return n == null ? 0 : n;
    }
}
