package org.jesr.desk.exchange;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.Countries;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.exchange.internal.DelegationRepository;
import org.jesr.desk.exchange.internal.ExchangeAccess;
import org.jesr.desk.exchange.internal.ObjectiveRepository;
import org.jesr.desk.review.ReviewService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visiting delegations, their learning objectives, and the sessions that serve them. */
@Service
public class DelegationService {

    private final DelegationRepository delegations;
    private final ObjectiveRepository objectives;
    private final ExchangeAccess access;
    private final AgendaService agenda;
    private final ReviewService reviews;

    DelegationService(
            DelegationRepository delegations,
            ObjectiveRepository objectives,
            ExchangeAccess access,
            AgendaService agenda,
            ReviewService reviews) {
        this.delegations = delegations;
        this.objectives = objectives;
        this.access = access;
        this.agenda = agenda;
        this.reviews = reviews;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Delegation> delegations(long reviewId) {
        return delegations.findByReviewIdOrderByCountryAsc(reviewId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Delegation> find(long delegationId) {
        return delegations.findById(delegationId);
    }

    /** The delegation the signed-in observer belongs to, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Delegation> mine(long reviewId) {
        Long me = access.me(reviewId);
        return delegations.findByReviewIdOrderByCountryAsc(reviewId).stream()
                .filter(d -> d.hasMember(me))
                .findFirst();
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Delegation save(Delegation delegation) {
        // A country is an ISO code, named in each reader's language (issue 21); a name typed
        // in a working language (an import, an older client) is turned into its code.
        delegation.setCountry(Countries.codeOf(delegation.getCountry())
                .orElseThrow(() -> new TranslatedException("delegation.error.country")));
        if (delegation.getArrival() != null
                && delegation.getDeparture() != null
                && delegation.getDeparture().isBefore(delegation.getArrival())) {
            throw new TranslatedException("delegation.error.dates");
        }
        return delegations.save(delegation);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LearningObjective> objectives(long delegationId) {
        return objectives.findByDelegationIdOrderByIdAsc(delegationId);
    }

    /** Members set their own objectives; organizers may enter them for a delegation. */
    @PreAuthorize("hasAnyRole('OBSERVER','ORGANIZER')")
    @Transactional
    public LearningObjective saveObjective(LearningObjective objective) {
        Delegation delegation =
                delegations.findById(objective.getDelegationId()).orElseThrow(NotFound::new);
        if (!access.member(delegation) && !access.organizer()) {
            throw new TranslatedException("delegation.error.not-member");
        }
        if (objective.getText().isBlank() || objective.getText().length() > 1000) {
            throw new TranslatedException("objective.error.text");
        }
        return objectives.save(objective);
    }

    /** The sessions that serve any of the signed-in observer's delegation's objectives. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> highlightedSessions(long reviewId) {
        List<LearningObjective> mine =
                mine(reviewId).map(d -> objectives(d.id())).orElse(List.of());
        if (mine.isEmpty()) {
            return Set.of();
        }
        var zone = reviews.find(reviewId).orElseThrow().zone();
        return agenda.sessions(reviewId, zone, AgendaFilter.day(null)).stream()
                .filter(s -> mine.stream().anyMatch(o -> o.servedBy(s)))
                .map(s -> s.getId())
                .collect(Collectors.toSet());
    }
}
