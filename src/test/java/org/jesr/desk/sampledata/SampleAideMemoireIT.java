package org.jesr.desk.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.aidememoire.AideMemoire;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.jesr.desk.aidememoire.CirculationPurpose;
import org.jesr.desk.aidememoire.ConsultationService;
import org.jesr.desk.aidememoire.ParagraphChange;
import org.jesr.desk.aidememoire.ParagraphComment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SampleAideMemoireIT extends IntegrationTest {

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    ConsultationService consultation;

    @Test
    void the_sample_reaches_a_draft_in_consultation_with_two_versions_comments_and_a_circulation_log() {
        long reviewId = fullSampleReviewAsOrganizer();

        AideMemoire aideMemoire = aideMemoires.find(reviewId).orElseThrow();
        assertThat(aideMemoire.getStatus()).isEqualTo(AideMemoireStatus.IN_CONSULTATION);
        List<AideMemoireVersion> versions = aideMemoires.versions(aideMemoire.getId());
        assertThat(versions).hasSize(2);
        List<ParagraphComment> onFirst = consultation.comments(versions.get(0).getId());
        List<ParagraphComment> onSecond = consultation.comments(versions.get(1).getId());
        assertThat(onFirst).hasSize(3).allMatch(c -> c.getResolution() != null);
        assertThat(onSecond).hasSize(2).allMatch(c -> c.getResolution() == null);
        assertThat(onFirst).extracting(ParagraphComment::getAuthor).contains("contributor", "organizer");
        assertThat(consultation.circulations(aideMemoire.getId()))
                .hasSize(2)
                .allMatch(c -> c.getPurpose() == CirculationPurpose.COMMENTS);
        assertThat(aideMemoires.compare(versions.get(0).getId(), versions.get(1).getId()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(ParagraphChange.Kind.CHANGED);
                    assertThat(c.newHtml()).contains("<b>18 February 2027</b>");
                });
        assertThat(aideMemoires.tables(versions.get(1), "en").recommendations()).hasSize(20);
    }
}
