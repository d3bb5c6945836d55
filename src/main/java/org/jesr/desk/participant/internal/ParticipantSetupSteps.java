package org.jesr.desk.participant.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jesr.desk.base.SetupStep;
import org.jesr.desk.base.SetupStep.Progress;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.Organization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guide's steps for who takes part: organizations, participants and their accounts. */
@Configuration(proxyBeanMethods = false)
class ParticipantSetupSteps {

    /** A joint review brings government, development partners and civil society to the table. */
    private static final Set<Constituency> EXPECTED =
            EnumSet.of(Constituency.GOVERNMENT, Constituency.DEVELOPMENT_PARTNER, Constituency.CIVIL_SOCIETY);

    @Bean
    SetupStep organizationsStep(OrganizationRepository organizations) {
        return SetupStep.of(20, "nav.organizations", "setup.hint.organizations", "organizations", reviewId -> {
            var all = organizations.findAll();
            long covered = all.stream()
                    .map(Organization::getConstituency)
                    .filter(EXPECTED::contains)
                    .distinct()
                    .count();
            return Progress.of(
                    all.size(),
                    covered == EXPECTED.size(),
                    "setup.detail.organizations",
                    all.size(),
                    covered,
                    EXPECTED.size());
        });
    }

    @Bean
    SetupStep participantsStep(ParticipantRepository participants) {
        return SetupStep.of(30, "nav.participants", "setup.hint.participants", "participants", reviewId -> {
            long count = participants.countByReviewId(reviewId);
            long covered = participants.countByConstituency(reviewId).stream()
                    .filter(row -> EXPECTED.contains((Constituency) row[0]))
                    .count();
            return Progress.of(
                    count, covered == EXPECTED.size(), "setup.detail.participants", count, covered, EXPECTED.size());
        });
    }

    @Bean
    SetupStep accountsStep(ParticipantRepository participants) {
        return SetupStep.of(40, "setup.accounts", "setup.hint.accounts", "participants", reviewId -> {
            long all = participants.countByReviewId(reviewId);
            long linked = participants.countByReviewIdAndUserAccountIdIsNotNull(reviewId);
            return Progress.of(linked, linked == all, "setup.detail.accounts", linked, all);
        });
    }
}
