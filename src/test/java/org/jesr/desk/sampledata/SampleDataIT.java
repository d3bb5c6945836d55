package org.jesr.desk.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantFilter;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class SampleDataIT extends IntegrationTest {

    @Autowired
    SampleDataLoader sample;

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    UserAccountService accounts;

    @Test
    void the_sample_review_loads_exactly_once() {
        assertThat(sample.loadIfEmpty()).isTrue();
        assertThat(sample.loadIfEmpty()).isFalse();

        signInAs("admin", Role.ADMIN);
        assertThat(reviews.count()).as("this year and last year").isEqualTo(2);
        assertThat(organizations.count()).isEqualTo(25);
        Review review = reviews.current().orElseThrow();
        assertThat(participants.count(review.getId(), ParticipantFilter.all())).isEqualTo(96);
        assertThat(accounts.count()).isEqualTo(6);
    }

    @Test
    void the_sample_is_a_sindh_review_with_every_constituency_and_two_delegations() {
        sample.loadIfEmpty();
        signInAs("admin", Role.ADMIN);
        Review review = reviews.current().orElseThrow();

        assertThat(review.getName()).contains("Sindh");
        assertThat(review.getTimeZone()).isEqualTo("Asia/Karachi");
        Map<Constituency, Long> counts = participants.countByConstituency(review.getId());
        assertThat(counts).allSatisfy((constituency, count) -> assertThat(count).isPositive());
        assertThat(organizations.all())
                .filteredOn(o -> o.getConstituency() == Constituency.VISITING_DELEGATION)
                .hasSize(2);
    }

    @Test
    void the_demo_accounts_exist_with_their_roles_and_are_linked_to_participants() {
        sample.loadIfEmpty();
        signInAs("admin", Role.ADMIN);

        assertThat(accounts.list("", Pageable.unpaged()).map(UserSummary::username))
                .containsExactlyInAnyOrder("admin", "organizer", "rapporteur", "contributor", "observer", "delegate");
        assertThat(accounts.findByUsername("observer").orElseThrow().roles()).containsExactly(Role.OBSERVER);
        assertThat(accounts.findByUsername("observer").orElseThrow().language()).isEqualTo("fr");
        long organizerId = accounts.findByUsername("organizer").orElseThrow().id();
        long reviewId = reviews.current().orElseThrow().getId();
        assertThat(participants
                        .search(reviewId, new ParticipantFilter("Sana Memon", null, null), Pageable.unpaged())
                        .getContent())
                .singleElement()
                .satisfies(p -> assertThat(p.getUserAccountId()).isEqualTo(organizerId));
    }
}
