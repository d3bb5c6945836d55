package org.jesr.desk.aidememoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ConsultationIT extends IntegrationTest {

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    ConsultationService consultation;

    long aideMemoireId;

    @BeforeEach
    void aDraft() {
        aideMemoireId = aideMemoires.create(sampleReviewAsOrganizer()).getId();
    }

    @Test
    void comments_are_taken_on_numbered_paragraphs_of_the_version_in_consultation_only() {
        AideMemoireVersion draft = aideMemoires.freeze(aideMemoireId);
        signInAs("contributor", Role.CONTRIBUTOR);
        assertThatThrownBy(() -> consultation.comment(draft.getId(), 1, "Too early"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("am-comment.error.closed"));

        signInAs("organizer", Role.ORGANIZER);
        aideMemoires.moveTo(aideMemoireId, AideMemoireStatus.IN_CONSULTATION);
        AideMemoireVersion circulated = aideMemoires.versions(aideMemoireId).getLast();
        signInAs("contributor", Role.CONTRIBUTOR);
        ParagraphComment mine =
                consultation.comment(circulated.getId(), 2, "Please name the civil-society networks that took part.");
        assertThatThrownBy(() -> consultation.comment(
                        circulated.getId(), circulated.getParagraphs().size() + 1, "Nowhere"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("am-comment.error.paragraph"));
        assertThatThrownBy(() -> consultation.comment(draft.getId(), 1, "On the old version"))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("am-comment.error.closed"));
        assertThatThrownBy(() -> consultation.resolve(mine.getId(), CommentResolution.ACCEPTED, "self-approved"))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("organizer", Role.ORGANIZER);
        consultation.comment(circulated.getId(), 5, "Add the execution rate of the development budget.");
        ParagraphComment answered =
                consultation.resolve(mine.getId(), CommentResolution.PARTLY_ACCEPTED, "Named in paragraph 4.");
        assertThat(answered.getResolvedBy()).isEqualTo("organizer");
        assertThat(consultation.comments(circulated.getId())).hasSize(2);

        signInAs("contributor", Role.CONTRIBUTOR);
        assertThat(consultation.comments(circulated.getId())).singleElement().satisfies(c -> {
            assertThat(c.getParagraphNumber()).isEqualTo(2);
            assertThat(c.getResolution()).isEqualTo(CommentResolution.PARTLY_ACCEPTED);
            assertThat(c.getReply()).isEqualTo("Named in paragraph 4.");
        });
    }

    @Test
    void the_circulation_log_records_which_version_went_to_whom_and_why() {
        aideMemoires.moveTo(aideMemoireId, AideMemoireStatus.IN_CONSULTATION);
        AideMemoireVersion v1 = aideMemoires.versions(aideMemoireId).getFirst();
        consultation.circulate(
                v1.getId(), "Local education group; civil-society coalition", CirculationPurpose.COMMENTS);
        consultation.circulate(v1.getId(), "SELD, Finance Department, P&DD", CirculationPurpose.GOVERNMENT_ACTION);

        assertThat(consultation.circulations(aideMemoireId))
                .extracting(Circulation::getPurpose)
                .containsExactly(CirculationPurpose.COMMENTS, CirculationPurpose.GOVERNMENT_ACTION);
        assertThat(consultation.circulations(aideMemoireId))
                .allMatch(c -> c.getVersionId() == v1.getId() && c.getSentBy().equals("organizer"));
        assertThatThrownBy(() -> consultation.circulate(v1.getId(), "  ", CirculationPurpose.COMMENTS))
                .isInstanceOf(TranslatedException.class);
    }

    @Test
    void co_chairs_sign_the_validated_text_and_only_then_can_it_become_final() {
        assertThatThrownBy(() -> consultation.signOff(aideMemoireId, Constituency.GOVERNMENT, "Secretary", null))
                .isInstanceOfSatisfying(
                        TranslatedException.class,
                        e -> assertThat(e.key()).isEqualTo("am-signoff.error.not-validated"));
        aideMemoires.moveTo(aideMemoireId, AideMemoireStatus.IN_CONSULTATION);
        aideMemoires.moveTo(aideMemoireId, AideMemoireStatus.VALIDATED);
        consultation.signOff(aideMemoireId, Constituency.GOVERNMENT, "Secretary, SELD", null);
        assertThatThrownBy(() -> aideMemoires.moveTo(aideMemoireId, AideMemoireStatus.FINAL))
                .isInstanceOf(TranslatedException.class);

        consultation.signOff(aideMemoireId, Constituency.DEVELOPMENT_PARTNER, "Chief of Education", "UNICEF Sindh");
        assertThat(aideMemoires.moveTo(aideMemoireId, AideMemoireStatus.FINAL).getStatus())
                .isEqualTo(AideMemoireStatus.FINAL);
        assertThat(consultation.signOffs(aideMemoireId))
                .extracting(SignOff::getConstituency)
                .containsExactly(Constituency.GOVERNMENT, Constituency.DEVELOPMENT_PARTNER);
        long last = aideMemoires.versions(aideMemoireId).getLast().getId();
        assertThatThrownBy(() -> consultation.comment(last, 1, "After signature"))
                .isInstanceOf(TranslatedException.class);
        assertThat(consultation
                        .circulate(
                                last,
                                "Inter-Provincial Education Ministerial Conference",
                                CirculationPurpose.MINISTERIAL_PRESENTATION)
                        .getVersionId())
                .isEqualTo(last);
    }
}
