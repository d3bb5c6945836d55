package org.jesr.desk.aidememoire.internal;

import static org.jesr.desk.aidememoire.internal.SafeHtml.escape;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.agenda.AttendanceStats;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.aidememoire.SectionKey;
import org.jesr.desk.aidememoire.VersionTables;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.evidence.FinanceLine;
import org.jesr.desk.evidence.FinanceSection;
import org.jesr.desk.evidence.FinanceService;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.evidence.IndicatorStatus;
import org.jesr.desk.evidence.IndicatorValue;
import org.jesr.desk.evidence.ValueKind;
import org.jesr.desk.fieldvisit.FieldVisitService;
import org.jesr.desk.fieldvisit.VisitFigures;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.AccountabilityFilter;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Accountable;
import org.jesr.desk.recommendation.FollowUpStatus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.workinggroup.Finding;
import org.jesr.desk.workinggroup.NotesService;
import org.jesr.desk.workinggroup.SessionNotes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Drafts each section of the aide-memoire from what the review captured. Every piece of data
 * text is escaped, so the draft is safe HTML whatever people typed. Paragraphs are separated
 * by a blank line; the section's language is the aide-memoire's, not the reader's.
 */
@Component
public class Drafter {

    private final ReviewService reviews;
    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final IndicatorService indicators;
    private final FinanceService finances;
    private final NotesService notes;
    private final RecommendationService recommendations;
    private final AppI18nProvider i18n;
    private final ParticipantService participants;
    private final FieldVisitService fieldVisits;
    private final AccountabilityService accountability;
    private final OrganizationService organizations;

    Drafter(
            ReviewService reviews,
            AgendaService agenda,
            AttendanceService attendance,
            IndicatorService indicators,
            FinanceService finances,
            NotesService notes,
            RecommendationService recommendations,
            AppI18nProvider i18n,
            ParticipantService participants,
            FieldVisitService fieldVisits,
            AccountabilityService accountability,
            OrganizationService organizations) {
        this.accountability = accountability;
        this.organizations = organizations;
        this.participants = participants;
        this.fieldVisits = fieldVisits;
        this.reviews = reviews;
        this.agenda = agenda;
        this.attendance = attendance;
        this.indicators = indicators;
        this.finances = finances;
        this.notes = notes;
        this.recommendations = recommendations;
        this.i18n = i18n;
    }

    public String draft(long reviewId, SectionKey key, Locale locale) {
        Review review = reviews.find(reviewId).orElseThrow();
        Context c = new Context(review, locale);
        List<String> paragraphs = switch (key) {
            case INTRODUCTION -> introduction(c);
            case PROCESS -> process(c);
            case PERFORMANCE -> performance(c);
            case FINDINGS -> findings(c);
            case FOLLOW_UP -> followUp(c);
            case RECOMMENDATIONS -> recommendations(c);
            case NEXT_STEPS -> List.of(c.t("am.next.circulate"), c.t("am.next.conference"), c.t("am.next.follow-up"));
            case ANNEX_AGENDA -> annexAgenda(c);
            case ANNEX_PARTICIPANTS -> annexParticipants(c);
        };
        return String.join("\n\n", paragraphs.isEmpty() ? List.of(c.t("am.nothing-yet")) : paragraphs);
    }

    /** The recommendations matrix and the indicators table, in the given language. */
    public VersionTables tables(long reviewId, Locale locale) {
        Context c = new Context(reviews.find(reviewId).orElseThrow(), locale);
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        List<Recommendation> agreed = agreedOnce(reviewId);
        List<List<String>> matrix = IntStream.range(0, agreed.size())
                .mapToObj(i -> {
                    Recommendation r = agreed.get(i);
                    return List.of(
                            String.valueOf(i + 1),
                            escape(r.getText()),
                            escape(r.getResponsibleBody()),
                            escape(r.getTimeline() == null ? "—" : r.getTimeline()),
                            escape(r.getPlanLink() == null ? "—" : r.getPlanLink()),
                            escape(c.t(r.getPriority().translationKey())));
                })
                .toList();
        List<List<String>> table = indicators.list(reviewId).stream()
                .map(i -> {
                    String baseline = i.getValues().stream()
                            .filter(v -> v.kind() == ValueKind.BASELINE
                                    && v.breakdown().equals(IndicatorValue.TOTAL))
                            .findFirst()
                            .map(v -> c.t("label.value", String.valueOf(v.year()), number.format(v.value())))
                            .orElse("—");
                    Integer year = i.latestActualYear().orElse(null);
                    String actual = year == null
                            ? "—"
                            : c.t(
                                    "label.value",
                                    String.valueOf(year),
                                    number.format(i.value(year, ValueKind.ACTUAL, IndicatorValue.TOTAL)
                                            .orElseThrow()));
                    String target = year == null
                            ? "—"
                            : i.value(year, ValueKind.TARGET, IndicatorValue.TOTAL)
                                    .map(number::format)
                                    .orElse("—");
                    return List.of(
                            escape(i.getCode()),
                            escape(i.getName()),
                            escape(i.getUnit()),
                            baseline,
                            actual,
                            target,
                            escape(c.t(indicators.status(i).translationKey())));
                })
                .toList();
        List<VersionTables.ThemeStatus> themes = indicators.statusByTheme(reviewId).entrySet().stream()
                .map(e -> new VersionTables.ThemeStatus(
                        e.getKey().isEmpty() ? "—" : e.getKey(),
                        e.getValue().getOrDefault(IndicatorStatus.ON_TRACK, 0L),
                        e.getValue().getOrDefault(IndicatorStatus.OFF_TRACK, 0L),
                        e.getValue().getOrDefault(IndicatorStatus.NO_DATA, 0L)))
                .toList();
        List<List<String>> top = agreed.stream()
                .sorted(Comparator.comparing(Recommendation::getPriority).thenComparing(Recommendation::getOrderNo))
                .limit(5)
                .map(r -> List.of(
                        escape(r.getText()),
                        escape(r.getResponsibleBody()),
                        escape(c.t(r.getPriority().translationKey()))))
                .toList();
        return new VersionTables(matrix, table, themes, top);
    }

    /**
     * The agreed recommendations, each once: the matrix read 1, 2, 4, 5, 7 with #1 and #7 the same
     * recommendation agreed twice under two numbers (issue 21). Numbered 1…n by the caller.
     */
    private List<Recommendation> agreedOnce(long reviewId) {
        Set<String> seen = new HashSet<>();
        return recommendations.list(reviewId, RecommendationFilter.all()).stream()
                .filter(Recommendation::isAgreed)
                .filter(r ->
                        seen.add(r.getText().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)))
                .toList();
    }

    private List<String> introduction(Context c) {
        Review r = c.review;
        return List.of(
                c.t(
                        "am.intro.held",
                        escape(r.getName()),
                        escape(r.getVenue()),
                        date(r.getStartDate(), c),
                        date(r.getEndDate(), c)),
                c.t("am.intro.objectives", escape(r.getSectorPlan())));
    }

    private List<String> process(Context c) {
        List<AgendaSession> sessions = sessions(c);
        long days = sessions.stream()
                .map(s -> s.getStart().atZone(c.review.zone()).toLocalDate())
                .distinct()
                .count();
        long groups = sessions.stream()
                .filter(s -> s.getType() == SessionType.WORKING_GROUP)
                .count();
        long visits = sessions.stream()
                .filter(s -> s.getType() == SessionType.FIELD_VISIT)
                .count();
        AttendanceStats stats = attendance.forReview(c.review.id());
        return List.of(
                c.t("am.process.sessions", sessions.size(), days, groups, visits),
                c.t("am.process.attendance", stats.total(), byConstituency(stats.byConstituency(), c)));
    }

    private List<String> performance(Context c) {
        List<String> paragraphs = new ArrayList<>();
        indicators
                .statusByTheme(c.review.id())
                .forEach((theme, counts) -> paragraphs.add(c.t(
                        "am.performance.theme",
                        escape(theme.isEmpty() ? "—" : theme),
                        counts.getOrDefault(IndicatorStatus.ON_TRACK, 0L),
                        counts.getOrDefault(IndicatorStatus.OFF_TRACK, 0L),
                        counts.getOrDefault(IndicatorStatus.NO_DATA, 0L))));
        String offTrack = indicators.list(c.review.id()).stream()
                .filter(i -> indicators.status(i) == IndicatorStatus.OFF_TRACK)
                .map(i -> escape(i.getCode() + " " + i.getName()))
                .collect(Collectors.joining("; "));
        if (!offTrack.isEmpty()) {
            paragraphs.add(c.t("am.performance.off-track", offTrack));
        }
        rate(finances.latestYear(c.review.id(), FinanceSection.SPENDING), c, "am.finance.execution")
                .ifPresent(paragraphs::add);
        rate(finances.latestYear(c.review.id(), FinanceSection.COMMITMENT), c, "am.finance.disbursement")
                .ifPresent(paragraphs::add);
        return paragraphs;
    }

    private Optional<String> rate(List<FinanceLine> lines, Context c, String key) {
        double planned = lines.stream().mapToDouble(FinanceLine::getPlanned).sum();
        double actual = lines.stream()
                .filter(l -> l.getActual() != null)
                .mapToDouble(FinanceLine::getActual)
                .sum();
        if (lines.isEmpty() || planned == 0) {
            return Optional.empty();
        }
        NumberFormat number = NumberFormat.getNumberInstance(c.locale);
        NumberFormat percent = NumberFormat.getPercentInstance(c.locale);
        return Optional.of(c.t(
                key,
                String.valueOf(lines.getFirst().getYear()),
                percent.format(actual / planned),
                number.format(actual),
                number.format(planned),
                escape(lines.getFirst().getUnit())));
    }

    private List<String> findings(Context c) {
        Map<Long, AgendaSession> sessions =
                sessions(c).stream().collect(Collectors.toMap(AgendaSession::getId, s -> s));
        List<String> paragraphs = new ArrayList<>();
        for (SessionNotes n : notes.validated(c.review.id())) {
            AgendaSession session = sessions.get(n.getSessionId());
            String source = escape(session == null ? "?" : session.getTitle());
            for (Finding finding : n.getKeyFindings()) {
                paragraphs.add("<b>" + source + ".</b> " + escape(finding.text()));
            }
        }
        // What the teams observed at the sites, visit by visit (issue 22: the drafter skipped sites).
        sessions.values().stream()
                .filter(s -> s.getType() == SessionType.FIELD_VISIT)
                .sorted(java.util.Comparator.comparing(AgendaSession::getStart))
                .forEach(s -> fieldVisits
                        .find(s.id())
                        .map(v -> fieldVisits.figures(v.id()))
                        .filter(f -> f.sites() > 0)
                        .ifPresent(f -> paragraphs.add(visit(escape(s.getTitle()), f, c))));
        return paragraphs;
    }

    private String visit(String title, VisitFigures f, Context c) {
        // A checklist question is worded by organizers: escaped like everything else people typed.
        List<String> lines =
                f.lines(c::t, c.locale).stream().map(SafeHtml::escape).toList();
        return c.t("am.visit.figures", title, f.sites(), f.schools(), String.join(". ", lines));
    }

    private List<String> followUp(Context c) {
        Review previous = reviews.previous(c.review).orElse(null);
        if (previous == null) {
            return List.of(c.t("am.follow-up.none"));
        }
        Map<FollowUpStatus, Long> total = new EnumMap<>(FollowUpStatus.class);
        recommendations
                .followUpByTheme(previous.id())
                .values()
                .forEach(m -> m.forEach((status, n) -> total.merge(status, n, Long::sum)));
        String counts = total.entrySet().stream()
                .map(e -> c.t("label.value", c.t(e.getKey().translationKey()), e.getValue()))
                .collect(Collectors.joining(", "));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(c.t(
                "am.follow-up.counts",
                escape(previous.getName()),
                total.values().stream().mapToLong(Long::longValue).sum(),
                counts));
        paragraphs.addAll(followUpItems(c, previous));
        return paragraphs;
    }

    /** Each agreed recommendation of the last review with what its latest progress update says. */
    private List<String> followUpItems(Context c, Review previous) {
        List<Accountable> rows = accountability.register(previous.id(), AccountabilityFilter.all());
        Map<Long, String> names = organizations.publicNames(rows.stream()
                .map(a -> a.recommendation().getResponsibleOrgId())
                .filter(Objects::nonNull)
                .toList());
        List<String> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Accountable a = rows.get(i);
            int number = i + 1;
            Recommendation r = a.recommendation();
            Long org = r.getResponsibleOrgId();
            String responsible = org == null ? r.getResponsibleBody() : names.getOrDefault(org, r.getResponsibleBody());
            String status = c.t(a.status().translationKey());
            items.add(a.latestUpdate()
                    .map(u -> c.t(
                            "am.follow-up.item-updated",
                            number,
                            escape(r.getText()),
                            escape(responsible),
                            status,
                            escape(u.getText()),
                            Formats.date(
                                    u.getEnteredAt().atZone(c.review.zone()).toLocalDate(), c.locale)))
                    .orElseGet(
                            () -> c.t("am.follow-up.item", number, escape(r.getText()), escape(responsible), status)));
        }
        return items;
    }

    private List<String> recommendations(Context c) {
        List<Recommendation> agreed = agreedOnce(c.review.id());
        return IntStream.range(0, agreed.size())
                .mapToObj(i -> {
                    Recommendation r = agreed.get(i);
                    return c.t(
                            "am.recommendation",
                            i + 1,
                            escape(r.getText()),
                            escape(r.getResponsibleBody()),
                            escape(r.getTimeline() == null ? "—" : r.getTimeline()),
                            escape(r.getPlanLink() == null ? "—" : r.getPlanLink()),
                            c.t(r.getPriority().translationKey()));
                })
                .toList();
    }

    /**
     * The programme as the aide-memoire's readers may see it. The document is circulated within
     * government and beyond, to readers who are refused restricted sessions everywhere else, so side
     * meetings and delegations' debriefs are never named in it, whoever drafts it.
     */
    private List<String> annexAgenda(Context c) {
        return sessions(c).stream()
                .filter(AgendaSession::isActive)
                .filter(s -> s.getVisibility() == Visibility.PUBLIC)
                .map(s -> escape(
                        Formats.weekdayDate(s.getStart().atZone(c.review.zone()).toLocalDate(), c.locale) + ", "
                                + Formats.time(s.getStart(), c.review.zone(), c.locale) + "–"
                                + Formats.time(s.getEnd(), c.review.zone(), c.locale)
                                + " — " + s.getTitle()))
                .toList();
    }

    private List<String> annexParticipants(Context c) {
        List<String> paragraphs = new ArrayList<>();
        Map<Constituency, List<ParticipantRef>> byConstituency = participants.refs(c.review.id()).stream()
                .collect(Collectors.groupingBy(
                        ParticipantRef::constituency, () -> new EnumMap<>(Constituency.class), Collectors.toList()));
        byConstituency.forEach((constituency, refs) -> {
            String organizations = refs.stream()
                    .collect(Collectors.groupingBy(ParticipantRef::organization, TreeMap::new, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .map(e -> escape(e.getKey()) + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            paragraphs.add(
                    c.t("am.annex.participants", c.t(constituency.translationKey()), refs.size(), organizations));
        });
        AttendanceStats stats = attendance.forReview(c.review.id());
        paragraphs.add(c.t("am.annex.attendance", stats.total(), byConstituency(stats.byConstituency(), c)));
        return paragraphs;
    }

    private List<AgendaSession> sessions(Context c) {
        return agenda.sessions(c.review.id(), c.review.zone(), AgendaFilter.day(null));
    }

    private String byConstituency(Map<Constituency, Long> counts, Context c) {
        return counts.entrySet().stream()
                .map(e -> c.t(e.getKey().translationKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String date(java.time.@Nullable LocalDate date, Context c) {
        return date == null ? "—" : Formats.date(date, c.locale);
    }

    private final class Context {
        final Review review;
        final Locale locale;

        Context(Review review, Locale locale) {
            this.review = review;
            this.locale = locale;
        }

        String t(String key, Object... args) {
            return i18n.getTranslation(key, locale, args);
        }
    }
}
