package org.jesr.desk.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.TestData;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.evidence.DocumentCategory;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.LibraryDocument;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The preparation timeline: milestones counted from the review's dates, lateness worked out, never typed. */
class PreparationIT extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    PreparationService preparation;

    @Autowired
    ReviewService reviews;

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcTemplate jdbc;

    Review review;
    LocalDate today;

    /** A review ten days from now, in Karachi, so "today" is the review's today. */
    @BeforeEach
    void aReviewInTenDays() {
        signInAs("organizer", Role.ORGANIZER);
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Karachi")));
        Review draft = TestData.review("Sindh JESR", today.getYear());
        draft.setStartDate(today.plusDays(10));
        draft.setEndDate(today.plusDays(12));
        review = reviews.save(draft);
    }

    @Test
    void the_terms_of_references_milestones_fall_on_dates_counted_from_the_review_and_say_what_is_late() {
        List<MilestoneProgress> timeline = preparation.setUpDefaults(review.id());

        assertThat(timeline).hasSize(MilestoneKind.values().length - 1);
        assertThat(progress(timeline, MilestoneKind.TERMS_OF_REFERENCE_AGREED)).satisfies(p -> {
            assertThat(p.due()).isEqualTo(today.plusDays(10).minusDays(60));
            assertThat(p.readiness()).isEqualTo(Readiness.LATE);
            assertThat(p.days()).isEqualTo(50);
        });
        assertThat(progress(timeline, MilestoneKind.FIELD_VISITS_AGREED).days()).isEqualTo(11);
        assertThat(progress(timeline, MilestoneKind.AIDE_MEMOIRE_CIRCULATED)).satisfies(p -> {
            assertThat(p.due()).isEqualTo(today.plusDays(12).plusDays(30));
            assertThat(p.readiness()).isEqualTo(Readiness.UPCOMING);
            assertThat(p.days()).isEqualTo(42);
        });
        assertThat(timeline).extracting(MilestoneProgress::due).isSorted();
        assertThat(preparation.setUpDefaults(review.id()))
                .as("setting up twice adds nothing")
                .hasSize(timeline.size());

        Review moved = reviews.find(review.id()).orElseThrow();
        moved.setStartDate(today.plusDays(70));
        moved.setEndDate(today.plusDays(72));
        reviews.save(moved);
        assertThat(progress(preparation.timeline(review.id()), MilestoneKind.TERMS_OF_REFERENCE_AGREED))
                .as("moving the review moves its milestones")
                .satisfies(p -> {
                    assertThat(p.due()).isEqualTo(today.plusDays(10));
                    assertThat(p.readiness()).isEqualTo(Readiness.UPCOMING);
                });
    }

    @Test
    void a_milestone_done_after_its_date_stays_marked_late_and_a_day_to_come_is_refused() {
        preparation.setUpDefaults(review.id());
        Milestone terms = progress(preparation.timeline(review.id()), MilestoneKind.TERMS_OF_REFERENCE_AGREED)
                .milestone();
        assertThatThrownBy(() -> preparation.markDone(terms.id(), today.plusDays(1), null))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("milestone.error.future"));

        preparation.markDone(terms.id(), today.minusDays(45), null);
        assertThat(progress(preparation.timeline(review.id()), MilestoneKind.TERMS_OF_REFERENCE_AGREED))
                .satisfies(p -> {
                    assertThat(p.readiness()).isEqualTo(Readiness.DONE_LATE);
                    assertThat(p.days()).isEqualTo(5);
                });
    }

    @Test
    void the_progress_report_counts_as_shared_from_when_both_its_parts_reached_the_library() {
        preparation.setUpDefaults(review.id());
        Milestone shared = progress(preparation.timeline(review.id()), MilestoneKind.PROGRESS_REPORT_SHARED)
                .milestone();
        assertThatThrownBy(() -> preparation.markDone(shared.id(), today.minusDays(30), null))
                .as("it cannot be typed in")
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("milestone.error.worked-out"));

        LibraryDocument performance = documents.upload(
                review.id(), "ESPR performance report", DocumentCategory.PROGRESS_REPORT, "p.pdf", PDF);
        uploadedDaysAgo(performance, 20);
        assertThat(progress(preparation.timeline(review.id()), MilestoneKind.PROGRESS_REPORT_SHARED))
                .as("the performance report alone is half the progress report")
                .satisfies(p -> {
                    assertThat(p.doneOn()).isNull();
                    assertThat(p.readiness()).isEqualTo(Readiness.LATE);
                    assertThat(p.days()).isEqualTo(4);
                });

        LibraryDocument financial =
                documents.upload(review.id(), "ESPR financial report", DocumentCategory.FINANCIAL_REPORT, "f.pdf", PDF);
        uploadedDaysAgo(financial, 2);
        assertThat(progress(preparation.timeline(review.id()), MilestoneKind.PROGRESS_REPORT_SHARED))
                .as("shared 12 days before the review, due 14 days before: 2 days late")
                .satisfies(p -> {
                    assertThat(p.doneOn()).isEqualTo(today.minusDays(2));
                    assertThat(p.readiness()).isEqualTo(Readiness.DONE_LATE);
                    assertThat(p.days()).isEqualTo(2);
                    assertThat(p.evidenceRef()).isEqualTo("document:" + financial.id());
                    assertThat(p.workedOut()).isTrue();
                });

        uploadedDaysAgo(financial, 8);
        assertThat(progress(preparation.timeline(review.id()), MilestoneKind.PROGRESS_REPORT_SHARED))
                .satisfies(p -> {
                    assertThat(p.readiness()).isEqualTo(Readiness.DONE);
                    assertThat(p.days()).as("days ahead").isEqualTo(4);
                });
    }

    @Test
    void a_date_before_the_review_for_what_comes_after_it_is_refused_and_nothing_changes() {
        preparation.setUpDefaults(review.id());
        Milestone conference = progress(preparation.timeline(review.id()), MilestoneKind.MINISTERIAL_CONFERENCE)
                .milestone();
        LocalDate dueBefore = progress(preparation.timeline(review.id()), MilestoneKind.MINISTERIAL_CONFERENCE)
                .due();
        conference.setAnchor(Anchor.FIXED);
        conference.setFixedDate(today.plusDays(5));
        assertThatThrownBy(() -> preparation.save(conference))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("milestone.error.before-review"));
        assertThat(progress(preparation.timeline(review.id()), MilestoneKind.MINISTERIAL_CONFERENCE)
                        .due())
                .isEqualTo(dueBefore);

        Milestone custom = Milestone.of(review.id(), MilestoneKind.CUSTOM, 0);
        assertThatThrownBy(() -> preparation.save(custom))
                .isInstanceOfSatisfying(
                        TranslatedException.class,
                        e -> assertThat(e.key()).isEqualTo("milestone.error.title-required"));
        custom.setTitle("Joint monitoring mission");
        custom.setAnchor(Anchor.FIXED);
        custom.setFixedDate(today.plusDays(100));
        preparation.save(custom);
        assertThat(preparation.timeline(review.id()).getLast().milestone().getTitle())
                .isEqualTo("Joint monitoring mission");
    }

    private void uploadedDaysAgo(LibraryDocument document, int days) {
        Instant when = today.minusDays(days)
                .atTime(12, 0)
                .atZone(ZoneId.of("Asia/Karachi"))
                .toInstant();
        jdbc.update(
                "update document set uploaded_at = ? where id = ?",
                Timestamp.from(when.truncatedTo(ChronoUnit.SECONDS)),
                document.id());
    }

    private static MilestoneProgress progress(List<MilestoneProgress> timeline, MilestoneKind kind) {
        return timeline.stream()
                .filter(p -> p.milestone().getKind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
