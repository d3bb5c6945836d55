package org.jesr.desk.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.aidememoire.Section;
import org.jesr.desk.aidememoire.SectionKey;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FrenchSampleIT extends IntegrationTest {

    @Autowired
    SampleDataLoader sample;

    @Autowired
    ReviewService reviews;

    @Autowired
    AgendaService agenda;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    UserAccountService accounts;

    @Test
    void the_french_sample_loads_instead_of_sindh_and_drafts_its_aide_memoire_in_french() {
        assertThat(sample.loadSetIfEmpty("revue-2026-fr")).isTrue();
        signInAs("organisateur", Role.ORGANIZER);

        Review review = reviews.current().orElseThrow();
        assertThat(review.getName()).isEqualTo("Revue sectorielle conjointe de l'éducation 2026");
        assertThat(review.languageList()).startsWith("fr");
        assertThat(agenda.sessions(review.getId(), review.zone(), AgendaFilter.day(null)))
                .extracting(s -> s.getTitle())
                .contains(
                        "Plénière d'ouverture : le rapport annuel de performance",
                        "Groupe de travail : accès et équité");
        assertThat(indicators.list(review.getId())).hasSize(5);
        assertThat(accounts.findByUsername("observateur").orElseThrow().language())
                .isEqualTo("fr");

        var aideMemoire = aideMemoires.find(review.getId()).orElseThrow();
        assertThat(aideMemoire.getLanguage()).isEqualTo("fr");
        assertThat(aideMemoire.getStatus()).isEqualTo(AideMemoireStatus.IN_CONSULTATION);
        Section introduction = aideMemoires.sections(aideMemoire.getId()).stream()
                .filter(s -> s.getKey() == SectionKey.INTRODUCTION)
                .findFirst()
                .orElseThrow();
        assertThat(org.jsoup.Jsoup.parse(introduction.paragraphs().getFirst()).text())
                .startsWith("La Revue sectorielle conjointe de l'éducation 2026 s’est tenue");
    }
}
