package org.jesr.desk.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.exchange.internal.DebriefRepository;
import org.jesr.desk.exchange.internal.DelegationRepository;
import org.jesr.desk.exchange.internal.ExchangeAccess;
import org.jesr.desk.exchange.internal.FeedbackRepository;
import org.jesr.desk.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily debriefs and the feedback to the host. Both are the delegation's own: the service, not
 * the screen, refuses anyone else until the delegation shares them (the secretariat excepted
 * for debriefs, as the exchange's concept note provides).
 */
@Service
public class DebriefService {

    private final DebriefRepository debriefs;
    private final FeedbackRepository feedback;
    private final DelegationRepository delegations;
    private final ExchangeAccess access;

    DebriefService(
            DebriefRepository debriefs,
            FeedbackRepository feedback,
            DelegationRepository delegations,
            ExchangeAccess access) {
        this.debriefs = debriefs;
        this.feedback = feedback;
        this.delegations = delegations;
        this.access = access;
    }

    /** The debriefs of a delegation that the caller may read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Debrief> debriefs(long delegationId) {
        Delegation delegation = delegation(delegationId);
        boolean all = access.privateReader(delegation);
        return debriefs.findByDelegationIdOrderByDayAsc(delegationId).stream()
                .filter(d -> all || (d.isShared() && access.organizer()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Debrief> debrief(long delegationId, LocalDate day) {
        Delegation delegation = delegation(delegationId);
        Optional<Debrief> debrief = debriefs.findByDelegationIdAndDay(delegationId, day);
        if (debrief.isPresent()
                && !access.privateReader(delegation)
                && !(debrief.get().isShared() && access.organizer())) {
            throw new AccessDeniedException("debrief");
        }
        return debrief;
    }

    /** An autosave of one field; a save on a stale version is refused with the newer text. */
    @PreAuthorize("hasRole('OBSERVER')")
    @Transactional
    public DebriefSave save(long delegationId, LocalDate day, Debrief.Field field, String text, long baseVersion) {
        Delegation delegation = delegation(delegationId);
        if (!access.member(delegation)) {
            throw new AccessDeniedException("debrief");
        }
        TextRules.requireClean(text);
        if (text.length() > Debrief.TEXT_MAX) {
            throw new TranslatedException("notes.error.too-long", Debrief.TEXT_MAX);
        }
        Debrief debrief = debriefs.findByDelegationIdAndDay(delegationId, day).orElse(null);
        if (debrief == null) {
            debrief = new Debrief(delegationId, day);
        } else if (debrief.getVersion() != baseVersion) {
            return new DebriefSave(
                    false,
                    debrief.getVersion(),
                    debrief.text(field),
                    debrief.getUpdatedBy() == null ? "?" : debrief.getUpdatedBy());
        }
        debrief.setText(field, text, CurrentUser.name());
        Debrief saved = debriefs.saveAndFlush(debrief);
        return new DebriefSave(true, saved.getVersion(), text, CurrentUser.name());
    }

    @PreAuthorize("hasRole('OBSERVER')")
    @Transactional
    public Debrief share(long delegationId, LocalDate day) {
        Delegation delegation = delegation(delegationId);
        if (!access.member(delegation)) {
            throw new AccessDeniedException("debrief");
        }
        Debrief debrief = debriefs.findByDelegationIdAndDay(delegationId, day).orElseThrow(NotFound::new);
        debrief.setShared(true);
        return debriefs.save(debrief);
    }

    /** The delegation's feedback; the host's organizers see it once it is shared. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Feedback> feedback(long delegationId) {
        Delegation delegation = delegation(delegationId);
        return feedback.findByDelegationId(delegationId)
                .filter(f -> access.member(delegation) || (f.isShared() && access.organizer()));
    }

    @PreAuthorize("hasRole('OBSERVER')")
    @Transactional
    public Feedback saveFeedback(
            long delegationId, String workedWell, String suggestions, String takeHome, boolean share) {
        Delegation delegation = delegation(delegationId);
        if (!access.member(delegation)) {
            throw new AccessDeniedException("feedback");
        }
        if (workedWell.length() > Feedback.TEXT_MAX
                || suggestions.length() > Feedback.TEXT_MAX
                || takeHome.length() > Feedback.TEXT_MAX) {
            throw new TranslatedException("feedback.error.too-long", Feedback.TEXT_MAX);
        }
        Feedback f = feedback.findByDelegationId(delegationId).orElseGet(() -> new Feedback(delegationId));
        f.setWorkedWell(workedWell.strip());
        f.setSuggestions(suggestions.strip());
        f.setTakeHome(takeHome.strip());
        f.setShared(f.isShared() || share);
        return feedback.save(f);
    }

    /** Every delegation's shared feedback together, for the host's organizers. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<Feedback> sharedFeedback(long reviewId) {
        return delegations.findByReviewIdOrderByCountryAsc(reviewId).stream()
                .flatMap(d -> feedback.findByDelegationId(d.id()).stream())
                .filter(Feedback::isShared)
                .toList();
    }

    private Delegation delegation(long id) {
        return delegations.findById(id).orElseThrow(NotFound::new);
    }
}
