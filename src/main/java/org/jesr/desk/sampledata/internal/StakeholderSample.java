package org.jesr.desk.sampledata.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.evidence.FinanceService;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.recommendation.Priority;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.review.Review;
import org.jesr.desk.stakeholder.InputOutcome;
import org.jesr.desk.stakeholder.InputService;
import org.jesr.desk.stakeholder.Obligation;
import org.jesr.desk.stakeholder.ObligationService;
import org.jesr.desk.stakeholder.ObligationStatus;
import org.jesr.desk.stakeholder.StakeholderInput;
import org.springframework.stereotype.Component;

/**
 * The sample's financial report, what each constituency owes (seeded from the Sindh terms of
 * reference) with mixed progress, and written inputs from every constituency.
 */
@Component
public class StakeholderSample {

    private final FinanceService finances;
    private final ObligationService obligations;
    private final InputService inputs;
    private final OrganizationService organizations;
    private final ThemeService themes;

    private final SampleFiles files;

    StakeholderSample(
            SampleFiles files,
            FinanceService finances,
            ObligationService obligations,
            InputService inputs,
            OrganizationService organizations,
            ThemeService themes) {
        this.files = files;
        this.finances = finances;
        this.obligations = obligations;
        this.inputs = inputs;
        this.organizations = organizations;
        this.themes = themes;
    }

    public void load(Review review) {
        files.ifPresent("finances.csv", in -> finances.importReport(review.id(), in));
        Map<String, Organization> byShortName =
                organizations.all().stream().collect(Collectors.toMap(Organization::shortName, Function.identity()));
        for (CsvTable.Row row : files.rows("obligations.csv", List.of("organization", "title", "status"))) {
            Organization organization = SampleFiles.known(byShortName, row.required("organization"));
            Obligation obligation = new Obligation();
            obligation.setReviewId(review.id());
            obligation.setOrganizationId(organization.id());
            obligation.setConstituency(organization.getConstituency());
            obligation.setTitle(row.required("title"));
            obligation.setDueDate(row.optional("due") == null ? null : LocalDate.parse(row.required("due")));
            long id = obligations.save(obligation).id();
            if (row.optional("submission") != null) {
                obligations.submitText(id, row.required("submission"));
            }
            obligations.setStatus(id, ObligationStatus.valueOf(row.required("status")));
        }
        Map<String, Long> themeIds =
                themes.list(review.id()).stream().collect(Collectors.toMap(Theme::getName, Theme::getId));
        for (CsvTable.Row row :
                files.rows("inputs.csv", List.of("author", "organization", "title", "body", "outcome"))) {
            StakeholderInput draft = new StakeholderInput();
            draft.setReviewId(review.id());
            draft.setTitle(row.required("title"));
            draft.setBody(row.required("body"));
            draft.setSection(row.optional("section"));
            draft.setThemeId(row.optional("theme") == null ? null : themeIds.get(row.required("theme")));
            long id = inputs.recordOnBehalf(
                            draft, SampleFiles.known(byShortName, row.required("organization")), row.required("author"))
                    .id();
            InputOutcome outcome = InputOutcome.valueOf(row.required("outcome"));
            if (outcome != InputOutcome.PENDING) {
                inputs.respond(id, outcome, row.optional("reply"));
            }
            if (row.optional("recommend_to") != null) {
                Recommendation recommendation = new Recommendation();
                recommendation.setReviewId(review.id());
                recommendation.setText(draft.getBody());
                recommendation.setResponsibleBody(row.required("recommend_to"));
                recommendation.setPriority(Priority.MEDIUM);
                recommendation.setThemeId(draft.getThemeId());
                inputs.toRecommendation(id, recommendation);
            }
        }
    }
}
