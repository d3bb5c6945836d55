package org.jesr.desk.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.base.Countries;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.exchange.internal.ActionRepository;
import org.jesr.desk.exchange.internal.DelegationRepository;
import org.jesr.desk.exchange.internal.ExchangeAccess;
import org.jesr.desk.exchange.internal.ObjectiveRepository;
import org.jesr.desk.exchange.pdf.TablePdf;
import org.jesr.desk.review.ReviewService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A delegation's plan for its own review, and its PDF in the delegation's language. */
@Service
public class ImprovementPlanService {

    private final ActionRepository actions;
    private final DelegationRepository delegations;
    private final ObjectiveRepository objectives;
    private final ExchangeAccess access;
    private final ReviewService reviews;
    private final AppI18nProvider i18n;

    ImprovementPlanService(
            ActionRepository actions,
            DelegationRepository delegations,
            ObjectiveRepository objectives,
            ExchangeAccess access,
            ReviewService reviews,
            AppI18nProvider i18n) {
        this.actions = actions;
        this.delegations = delegations;
        this.objectives = objectives;
        this.access = access;
        this.reviews = reviews;
        this.i18n = i18n;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ImprovementAction> actions(long delegationId) {
        readable(delegation(delegationId));
        return actions.findByDelegationIdOrderByIdAsc(delegationId);
    }

    @PreAuthorize("hasRole('OBSERVER')")
    @Transactional
    public ImprovementAction save(ImprovementAction action) {
        Delegation delegation = delegation(action.getDelegationId());
        if (!access.member(delegation)) {
            throw new AccessDeniedException("plan");
        }
        if (action.getAction().isBlank()
                || action.getAction().length() > 1000
                || action.getResponsible().isBlank()
                || action.getResponsible().length() > 200) {
            throw new TranslatedException("plan.error.required");
        }
        return actions.save(action);
    }

    /** The plan as a PDF to present to the delegation's local education group, in its language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(long delegationId) {
        Delegation delegation = delegation(delegationId);
        readable(delegation);
        Locale locale = Locale.of(delegation.getLanguage());
        Map<Long, String> objectiveTexts = objectives.findByDelegationIdOrderByIdAsc(delegationId).stream()
                .collect(Collectors.toMap(LearningObjective::getId, LearningObjective::getText));
        String review =
                reviews.find(delegation.getReviewId()).map(r -> r.getName()).orElse("");
        List<List<String>> rows = actions.findByDelegationIdOrderByIdAsc(delegationId).stream()
                .map(a -> List.of(
                        a.getAction(),
                        a.getResponsible(),
                        a.getTimeline() == null ? "—" : a.getTimeline(),
                        a.getFitNote() == null ? "—" : a.getFitNote(),
                        (a.getObjectiveId() == null ? "—" : objectiveTexts.getOrDefault(a.getObjectiveId(), "—"))
                                + (a.getInspiredBy() == null ? "" : " / " + a.getInspiredBy())))
                .toList();
        return TablePdf.write(
                delegation.getLanguage(),
                t(locale, "plan.pdf.title", Countries.name(delegation.getCountry(), locale)),
                t(locale, "plan.pdf.subtitle", review),
                List.of(
                        t(locale, "plan.action"),
                        t(locale, "plan.responsible"),
                        t(locale, "plan.timeline"),
                        t(locale, "plan.fit"),
                        t(locale, "plan.link")),
                new float[] {30, 15, 12, 20, 23},
                rows);
    }

    private void readable(Delegation delegation) {
        if (!access.member(delegation) && !access.secretariat(delegation.getReviewId())) {
            throw new AccessDeniedException("plan");
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private Delegation delegation(long id) {
        return delegations.findById(id).orElseThrow(NotFound::new);
    }
}
