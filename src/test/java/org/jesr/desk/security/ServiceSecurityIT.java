package org.jesr.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantFilter;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The services refuse what the role may not do, whatever screen (or none) the call comes from. */
class ServiceSecurityIT extends IntegrationTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    long reviewId;

    @BeforeEach
    void sampleReview() {
        reviewId = sampleReviewAsOrganizer();
    }

    @Test
    void an_observer_cannot_change_anything_even_by_calling_services_directly() {
        Review review = reviews.current().orElseThrow();
        Organization organization = organizations.all().getFirst();
        signInAs("observer", Role.OBSERVER);

        assertThatThrownBy(() -> reviews.save(review)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organizations.save(organization)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organizations.importCsv(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.save(new Participant())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.importCsv(
                        reviewId,
                        new ByteArrayInputStream(
                                "name,organization,email\nX,SELD,x@x.example.org\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.exportCsv(reviewId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.save(new UserForm())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createDemoAccount("x", "x", "X", EnumSet.of(Role.ADMIN), "en"))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("organizer", Role.ORGANIZER);
        assertThat(participants.count(reviewId, ParticipantFilter.all())).isEqualTo(96);
    }

    @Test
    void an_observer_cannot_read_participants_contact_details_but_sees_head_counts() {
        signInAs("observer", Role.OBSERVER);

        assertThatThrownBy(() -> participants.search(reviewId, ParticipantFilter.all(), Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(participants.countByConstituency(reviewId).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(96);
    }

    @Test
    void a_contributor_reads_the_participant_list_but_cannot_change_it() {
        signInAs("contributor", Role.CONTRIBUTOR);

        assertThat(participants
                        .search(reviewId, ParticipantFilter.all(), Pageable.ofSize(10))
                        .getTotalElements())
                .isEqualTo(96);
        Participant someone = participants
                .search(reviewId, ParticipantFilter.all(), Pageable.ofSize(1))
                .getContent()
                .getFirst();
        someone.setName("Changed");
        assertThatThrownBy(() -> participants.save(someone)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_an_admin_manages_accounts_and_an_organizer_is_not_one() {
        assertThatThrownBy(() -> accounts.list("", Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
        signInAs("admin", Role.ADMIN);
        assertThat(accounts.list("", Pageable.unpaged()).getTotalElements()).isEqualTo(6);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        signOut();
        assertThatThrownBy(() -> organizations.all()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        assertThat(jdbc.queryForList("select password_hash from user_account", String.class))
                .hasSize(6)
                .allSatisfy(hash -> assertThat(hash).startsWith("$2a$10$"));
    }
}
