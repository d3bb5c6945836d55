package org.jesr.desk.fieldvisit;

import static org.assertj.core.api.Assertions.assertThat;

import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.SectionKey;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 22, part 5: what was observed at the sites is summed up and reaches the aide-memoire. */
class VisitReportIT extends IntegrationTest {

    static final String THATTA = "Field visit: schools in Thatta District";

    @Autowired
    ReviewService reviews;

    @Autowired
    AgendaService agenda;

    @Autowired
    FieldVisitService visits;

    @Autowired
    AideMemoireService aideMemoires;

    Review review;

    @BeforeEach
    void theSampleReview() {
        sampleReviewAsOrganizer();
        review = reviews.current().orElseThrow();
    }

    @Test
    void the_thatta_visit_adds_up_its_school_and_its_district_office() {
        long session = agenda.sessions(review.getId(), review.zone(), AgendaFilter.day(null)).stream()
                .filter(s -> s.getTitle().equals(THATTA))
                .findFirst()
                .orElseThrow()
                .getId();
        VisitFigures figures = visits.figures(visits.forSession(session).id());

        assertThat(figures.sites()).isEqualTo(2);
        assertThat(figures.schools()).isEqualTo(1);
        assertThat(figures.tally("girls-toilets")).isEqualTo(new VisitFigures.Tally(0, 1));
        assertThat(figures.pupilsPresent()).isEqualTo(147);
        assertThat(figures.pupilsEnrolled()).isEqualTo(212);
    }

    @Test
    void the_aide_memoire_findings_quote_each_visit_s_figures_in_its_language() {
        long id = aideMemoires
                .find(review.getId())
                .map(a -> a.getId())
                .orElseGet(() -> aideMemoires.create(review.getId()).getId());

        assertThat(findings(id))
                // In the checklist's order, which organizers set.
                .contains(THATTA + ". 2 sites visited, 1 school among them. Drinking water: 1 of 1. Toilets: 1 of 1."
                        + " Separate toilets for girls: 0 of 1.")
                .contains("Pupils present: 147 of 212 enrolled (69%). Teachers present: 5.");

        aideMemoires.setLanguage(id, "fr");
        assertThat(findings(id))
                .contains(THATTA + ". 2 sites visités, dont 1 école.")
                .contains("Latrines séparées pour les filles : 0 sur 1.")
                .contains("Élèves présents : 147 sur 212 inscrits (69 %)");
    }

    private String findings(long aideMemoireId) {
        return aideMemoires.sections(aideMemoireId).stream()
                .filter(s -> s.getKey() == SectionKey.FINDINGS)
                .findFirst()
                .map(s -> Jsoup.parse(String.join("\n", s.paragraphs())).text().replaceAll("[\u00a0\u202f]", " "))
                .orElseThrow();
    }
}
