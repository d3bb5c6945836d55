package org.jesr.desk.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkingGroupsIT extends IntegrationTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    WorkingGroupService groups;

    @Autowired
    ParticipantService participants;

    @Autowired
    NotesService notes;

    Review review;

    @BeforeEach
    void sampleReview() {
        sampleReviewAsOrganizer();
        review = reviews.current().orElseThrow();
    }

    @Test
    void the_sample_has_four_groups_with_co_chairs_from_government_and_partners() {
        List<WorkingGroup> all = groups.list(review.getId());

        assertThat(all).hasSize(4).allSatisfy(g -> {
            assertThat(g.getObjectives()).startsWith("SESP&R objective");
            assertThat(g.getMembers()).anyMatch(m -> m.role() == GroupRole.CO_CHAIR);
            assertThat(g.getMembers()).anyMatch(m -> m.role() == GroupRole.RAPPORTEUR);
        });
    }

    @Test
    void a_group_without_civil_society_is_flagged() {
        WorkingGroup group = groups.list(review.getId()).getFirst();
        assertThat(groups.missingConstituencies(group)).isEmpty();
        var constituencies = participants.refs(review.getId()).stream()
                .collect(Collectors.toMap(ParticipantRef::id, ParticipantRef::constituency));

        group.setMembers(group.getMembers().stream()
                .filter(m -> constituencies.get(m.participantId()) != Constituency.CIVIL_SOCIETY)
                .collect(Collectors.toSet()));

        assertThat(groups.missingConstituencies(group)).containsExactly(Constituency.CIVIL_SOCIETY);
        group.setMembers(Set.of());
        assertThatThrownBy(() -> groups.save(group)).hasMessage("group.error.no-chair");
    }

    @Test
    void the_board_shows_sample_notes_submitted_validated_and_not_yet_written() {
        var board = notes.board(review.getId());

        assertThat(board)
                .extracting(NotesBoardRow::status)
                .contains(NotesStatus.VALIDATED, NotesStatus.SUBMITTED, NotesStatus.DRAFT);
        assertThat(board)
                .filteredOn(r -> r.title().equals("Working group: Access & Equity"))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(NotesStatus.VALIDATED));
        assertThat(board)
                .filteredOn(r -> r.type() == org.jesr.desk.agenda.SessionType.FIELD_VISIT)
                .hasSize(4);
    }
}
