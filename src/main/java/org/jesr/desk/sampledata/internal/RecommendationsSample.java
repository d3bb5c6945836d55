package org.jesr.desk.sampledata.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.FollowUpStatus;
import org.jesr.desk.recommendation.Priority;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.recommendation.RecommendationSource;
import org.jesr.desk.recommendation.SourceKind;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * The sample's recommendations: this year's proposals from groups and visits, and last
 * year's agreed list with its follow-up, entered through the services rapporteurs and
 * organizers use.
 */
@Component
public class RecommendationsSample {

    private final ReviewService reviews;
    private final AgendaService agenda;
    private final ThemeService themes;
    private final RecommendationService recommendations;
    private final AccountabilityService accountability;
    private final OrganizationService organizations;

    private final SampleFiles files;

    RecommendationsSample(
            SampleFiles files,
            ReviewService reviews,
            AgendaService agenda,
            ThemeService themes,
            RecommendationService recommendations,
            AccountabilityService accountability,
            OrganizationService organizations) {
        this.files = files;
        this.accountability = accountability;
        this.organizations = organizations;
        this.reviews = reviews;
        this.agenda = agenda;
        this.themes = themes;
        this.recommendations = recommendations;
    }

    public void load(Review review) {
        Map<String, AgendaSession> sessions =
                agenda.sessions(review.id(), review.zone(), AgendaFilter.day(null)).stream()
                        .collect(Collectors.toMap(AgendaSession::getTitle, Function.identity(), (a, b) -> a));
        for (CsvTable.Row row : files.rows("recommendations.csv", List.of("session", "text", "responsible_body"))) {
            AgendaSession session = SampleFiles.known(sessions, row.required("session"));
            Recommendation r = draft(review.id(), row);
            r.setTimeline(row.optional("timeline"));
            r.setPlanLink(row.optional("plan_link"));
            r.setPriority(Priority.valueOf(row.required("priority")));
            r.setThemeId(session.getThemeId());
            SourceKind kind =
                    session.getType() == SessionType.FIELD_VISIT ? SourceKind.FIELD_VISIT : SourceKind.WORKING_GROUP;
            recommendations.propose(r, new RecommendationSource(kind, session.getId(), session.getTitle()));
        }
        loadPreviousReview(review);
    }

    private void loadPreviousReview(Review current) {
        if (!files.exists("previous-review-recommendations.csv")) {
            return;
        }
        Review previous = new Review();
        previous.setName(
                current.getName().replace(String.valueOf(current.getYear()), String.valueOf(current.getYear() - 1)));
        previous.setCountryOrProvince(current.getCountryOrProvince());
        previous.setYear(current.getYear() - 1);
        previous.setStartDate(current.startDate().minusYears(1));
        previous.setEndDate(current.endDate().minusYears(1));
        previous.setVenue(current.getVenue());
        previous.setTimeZone(current.getTimeZone());
        previous.setSectorPlan(current.getSectorPlan());
        previous.setLanguages(current.getLanguages());
        previous.setActive(false);
        long previousId = reviews.save(previous).id();
        Map<String, Long> themeIds = new HashMap<>();
        for (Theme theme : themes.list(current.id())) {
            themeIds.put(
                    theme.getName(), themes.create(previousId, theme.getName()).getId());
        }
        Map<String, Long> organizationIds = new HashMap<>();
        organizations.all().forEach(o -> organizationIds.put(o.getName().toLowerCase(Locale.ROOT), o.id()));
        for (CsvTable.Row row :
                files.rows("previous-review-recommendations.csv", List.of("theme", "text", "responsible_body"))) {
            Recommendation r = draft(previousId, row);
            r.setThemeId(themeIds.get(row.required("theme")));
            Recommendation saved =
                    recommendations.propose(r, new RecommendationSource(SourceKind.PLENARY, null, previous.getName()));
            recommendations.decide(saved.id(), Consensus.AGREED, null);
            // Where the agreed wording names an organization of the list, it is linked, as a secretariat would.
            Long responsible =
                    organizationIds.get(row.required("responsible_body").toLowerCase(Locale.ROOT));
            if (responsible != null) {
                accountability.assign(saved.id(), responsible, Set.of(), null);
            }
            FollowUpStatus status = FollowUpStatus.valueOf(row.required("follow_up_status"));
            String said = Objects.requireNonNullElse(
                    row.optional("comment"), Objects.requireNonNullElse(row.optional("evidence"), status.name()));
            accountability.addUpdate(saved.id(), status, said, status == FollowUpStatus.DROPPED ? said : null, null);
        }
        recommendations.closeWrapUp(previousId);
    }

    private static Recommendation draft(long reviewId, CsvTable.Row row) {
        Recommendation r = new Recommendation();
        r.setReviewId(reviewId);
        r.setText(row.required("text"));
        r.setResponsibleBody(row.required("responsible_body"));
        return r;
    }
}
