package org.jesr.desk.sampledata.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.exchange.Criterion;
import org.jesr.desk.exchange.Debrief;
import org.jesr.desk.exchange.DebriefService;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.DelegationService;
import org.jesr.desk.exchange.EvidenceSuggestion;
import org.jesr.desk.exchange.ImprovementAction;
import org.jesr.desk.exchange.ImprovementPlanService;
import org.jesr.desk.exchange.LearningObjective;
import org.jesr.desk.exchange.Maturity;
import org.jesr.desk.exchange.SelfAssessmentService;
import org.jesr.desk.exchange.SideMeetingRequest;
import org.jesr.desk.exchange.SideMeetingService;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Two visiting delegations, one francophone: objectives, debriefs (one shared), side-meeting
 * requests (one scheduled, one declined, one waiting), feedback and improvement plans, each
 * entered as the delegation's own observer account would.
 */
@Component
public class ExchangeSample {

    private final boolean enabled;
    private final DelegationService delegations;
    private final SideMeetingService sideMeetings;
    private final DebriefService debriefs;
    private final ImprovementPlanService plans;
    private final ParticipantService participants;
    private final OrganizationService organizations;
    private final ThemeService themes;
    private final SelfAssessmentService selfAssessments;

    private final SampleFiles files;

    ExchangeSample(
            SampleFiles files,
            @Value("${jesr.sample-data.exchange:true}") boolean enabled,
            DelegationService delegations,
            SideMeetingService sideMeetings,
            DebriefService debriefs,
            ImprovementPlanService plans,
            ParticipantService participants,
            OrganizationService organizations,
            ThemeService themes,
            SelfAssessmentService selfAssessments) {
        this.files = files;
        this.selfAssessments = selfAssessments;
        this.enabled = enabled;
        this.delegations = delegations;
        this.sideMeetings = sideMeetings;
        this.debriefs = debriefs;
        this.plans = plans;
        this.participants = participants;
        this.organizations = organizations;
        this.themes = themes;
    }

    public void load(Review review, boolean force) {
        if (!enabled && !force) {
            return;
        }
        Map<String, Long> byEmail = participants.idsByEmail(review.id());
        Map<String, Long> themeIds =
                themes.list(review.id()).stream().collect(Collectors.toMap(Theme::getName, Theme::getId));
        Map<String, Organization> orgs =
                organizations.all().stream().collect(Collectors.toMap(Organization::shortName, o -> o));
        Map<String, Delegation> byCountry = new HashMap<>();
        for (CsvTable.Row row : files.rows("delegations.csv", List.of("country", "language", "members"))) {
            Delegation d = new Delegation();
            d.setReviewId(review.id());
            d.setCountry(row.required("country"));
            d.setLanguage(row.required("language"));
            d.setAgencyRepresentative(row.optional("agency_rep"));
            d.setArrival(LocalDate.parse(row.required("arrival")));
            d.setDeparture(LocalDate.parse(row.required("departure")));
            d.setMemberIds(Arrays.stream(row.required("members").split(";"))
                    .map(e -> byEmail.get(e.strip()))
                    .collect(Collectors.toSet()));
            byCountry.put(d.getCountry(), delegations.save(d));
        }
        Map<String, List<Long>> objectiveIds = new HashMap<>();
        for (CsvTable.Row row : files.rows("learning-objectives.csv", List.of("country", "objective"))) {
            LearningObjective o = new LearningObjective();
            o.setDelegationId(
                    SampleFiles.known(byCountry, row.required("country")).id());
            o.setText(row.required("objective"));
            o.setThemeIds(
                    split(row.optional("themes")).stream().map(themeIds::get).collect(Collectors.toSet()));
            o.setSessionTypes(split(row.optional("session_types")).stream()
                    .map(SessionType::valueOf)
                    .collect(Collectors.toSet()));
            objectiveIds
                    .computeIfAbsent(row.required("country"), c -> new ArrayList<>())
                    .add(delegations.saveObjective(o).getId());
        }
        Delegation senegal = byCountry.get("Senegal");
        Delegation nepal = byCountry.get("Nepal");
        if (senegal == null || nepal == null) {
            // A sample set without the two delegations of the Sindh story has only what its files list.
            return;
        }
        SideMeetingRequest rsu = request(
                senegal,
                SampleFiles.known(orgs, "RSU").id(),
                "Comment le recensement scolaire alimente le rapport de performance",
                "9 décembre, avant 9 h");
        var zone = review.zone();
        sideMeetings.accept(
                rsu.id(),
                "Side meeting: Senegal delegation with the Reform Support Unit",
                LocalDateTime.of(2026, 12, 9, 8, 0).atZone(zone).toInstant(),
                LocalDateTime.of(2026, 12, 9, 8, 45).atZone(zone).toInstant(),
                null,
                Set.of());
        SideMeetingRequest wb = request(
                nepal,
                SampleFiles.known(orgs, "WB").id(),
                "Results-based financing in the education sector plan",
                "Any afternoon");
        sideMeetings.decline(
                wb.id(), "The World Bank team is in the field visits that week; a video call is offered instead.");
        request(nepal, SampleFiles.known(orgs, "SELD").id(), "Merit-based teacher recruitment", "8 or 9 December");

        for (CsvTable.Row row : files.rows("debriefs.csv", List.of("country", "day", "author"))) {
            Delegation d = SampleFiles.known(byCountry, row.required("country"));
            LocalDate day = LocalDate.parse(row.required("day"));
            SystemAuthentication.runAs(row.required("author"), AppRoles.OBSERVER, () -> {
                long version = -1;
                for (Debrief.Field field : Debrief.Field.values()) {
                    String text = row.optional(field.name().toLowerCase(Locale.ROOT));
                    if (text != null) {
                        version =
                                debriefs.save(d.id(), day, field, text, version).version();
                    }
                }
                if ("true".equals(row.optional("shared"))) {
                    debriefs.share(d.id(), day);
                }
                return null;
            });
        }
        SystemAuthentication.runAs(
                "observer",
                AppRoles.OBSERVER,
                () -> debriefs.saveFeedback(
                        senegal.id(),
                        "La plénière d'ouverture avec le suivi des recommandations de l'an dernier ; les équipes de visite mixtes.",
                        "Partager le rapport de performance deux semaines plus tôt ; prévoir l'interprétation en français.",
                        "Chaque constat cite un indicateur ; la matrice de recommandations avec un responsable et un calendrier.",
                        true));
        for (CsvTable.Row row :
                files.rows("improvement-plans.csv", List.of("country", "author", "action", "responsible"))) {
            Delegation d = SampleFiles.known(byCountry, row.required("country"));
            ImprovementAction a = new ImprovementAction();
            a.setDelegationId(d.id());
            a.setAction(row.required("action"));
            a.setResponsible(row.required("responsible"));
            a.setTimeline(row.optional("timeline"));
            a.setFitNote(row.optional("fit_note"));
            a.setInspiredBy(row.optional("inspired_by"));
            String objective = row.optional("objective");
            a.setObjectiveId(
                    objective == null
                            ? null
                            : SampleFiles.known(objectiveIds, row.required("country"))
                                    .get(Integer.parseInt(objective) - 1));
            SystemAuthentication.runAs(row.required("author"), AppRoles.OBSERVER, () -> plans.save(a));
        }
        assessments(review, senegal, nepal);
    }

    /** The host's assessment takes the data's suggestions where there are some; the delegations rate their own reviews. */
    private void assessments(Review review, Delegation senegal, Delegation nepal) {
        long host = selfAssessments.host(review.id()).id();
        for (EvidenceSuggestion s : selfAssessments.suggestions(review.id())) {
            if (s.suggested() != null) {
                selfAssessments.rate(
                        host, s.criterion(), s.suggested(), "Suggested from the review's data and accepted.");
            }
        }
        selfAssessments.rate(
                host,
                Criterion.SECTOR_PLAN_STRUCTURE,
                Maturity.ADVANCED,
                "Working groups follow the SESP&R objectives.");
        selfAssessments.rate(
                host,
                Criterion.PROGRESS_REPORT_IN_ADVANCE,
                Maturity.EMERGING,
                "ESPR shared three days before the review.");
        rateHome("observer", senegal, Maturity.ESTABLISHED, Maturity.EMERGING, "Revue annuelle conjointe depuis 2013.");
        rateHome(
                "delegate",
                nepal,
                Maturity.EMERGING,
                Maturity.ESTABLISHED,
                "Joint review held each year with the local education group.");
    }

    private void rateHome(String user, Delegation delegation, Maturity participation, Maturity evidence, String note) {
        SystemAuthentication.runAs(user, AppRoles.OBSERVER, () -> {
            long id = selfAssessments.forDelegation(delegation.id()).id();
            selfAssessments.rate(id, Criterion.PARTICIPATION, participation, note);
            selfAssessments.rate(id, Criterion.FINDINGS_CITE_EVIDENCE, evidence, null);
            selfAssessments.rate(id, Criterion.FOLLOW_UP_OF_RECOMMENDATIONS, Maturity.EMERGING, null);
            return null;
        });
    }

    private SideMeetingRequest request(Delegation delegation, long organizationId, String topic, String times) {
        SideMeetingRequest r = new SideMeetingRequest();
        r.setDelegationId(delegation.id());
        r.setWithOrganizationId(organizationId);
        r.setTopic(topic);
        r.setPreferredTimes(times);
        return sideMeetings.request(r);
    }

    private static List<String> split(@Nullable String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
