package org.jesr.desk.participant;

import java.io.InputStream;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.internal.ParticipantCsv;
import org.jesr.desk.participant.internal.ParticipantRepository;
import org.jesr.desk.participant.internal.ParticipantRules;
import org.jesr.desk.participant.internal.ParticipantSpecifications;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant list of a review. Contact details are personal data, so observers
 * from visiting delegations do not see the list; organizers alone change it.
 */
@Service
public class ParticipantService {

    public static final List<String> CSV_COLUMNS = ParticipantCsv.COLUMNS;

    private static final String READERS = "hasAnyRole('ORGANIZER','RAPPORTEUR','CONTRIBUTOR')";

    private final ParticipantRepository participants;
    private final ParticipantCsv csv;
    private final UserAccountService accounts;

    private final List<ParticipantUses> uses;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ParticipantService(
            ParticipantRepository participants,
            ParticipantCsv csv,
            UserAccountService accounts,
            List<ParticipantUses> uses,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.participants = participants;
        this.csv = csv;
        this.accounts = accounts;
        this.uses = uses;
        this.events = events;
        this.audit = audit;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Page<Participant> search(long reviewId, ParticipantFilter filter, Pageable pageable) {
        return participants.findAll(ParticipantSpecifications.matching(reviewId, filter), pageable);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(long reviewId, ParticipantFilter filter) {
        return participants.count(ParticipantSpecifications.matching(reviewId, filter));
    }

    /** Head counts by constituency; aggregate figures, so every signed-in role may see them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Constituency, Long> countByConstituency(long reviewId) {
        Map<Constituency, Long> counts = new EnumMap<>(Constituency.class);
        for (Constituency c : Constituency.values()) {
            counts.put(c, 0L);
        }
        for (Object[] row : participants.countByConstituency(reviewId)) {
            counts.put((Constituency) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Names, organizations and constituencies, without contact details: for agendas and attendance. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ParticipantRef> refs(long reviewId) {
        return participants.findByReviewIdOrderByNameAsc(reviewId).stream()
                .map(ParticipantRef::of)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, ParticipantRef> refsById(Collection<Long> ids) {
        Map<Long, ParticipantRef> refs = new HashMap<>();
        participants.findAllById(ids).forEach(p -> refs.put(p.getId(), ParticipantRef.of(p)));
        return refs;
    }

    /** Participant ids by lower-case e-mail, for imports that name people by their address. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public Map<String, Long> idsByEmail(long reviewId) {
        Map<String, Long> ids = new HashMap<>();
        participants.findByReviewIdOrderByNameAsc(reviewId).forEach(p -> ids.put(p.getEmail(), p.getId()));
        return ids;
    }

    /** Whether the participant still has an enabled account of their own: their personal feed answers only then. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean hasActiveAccount(long participantId) {
        return participants
                .findById(participantId)
                .map(Participant::getUserAccountId)
                .map(accounts::isActive)
                .orElse(false);
    }

    /** The signed-in user's own participant record in this review, if their account is linked to one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ParticipantRef> currentParticipant(long reviewId) {
        return accounts.currentUser()
                .flatMap(user -> participants
                        .findFirstByReviewIdAndUserAccountId(reviewId, user.id())
                        .map(ParticipantRef::of));
    }

    /** The organization the signed-in user takes part for, which decides what they owe and may submit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Organization> currentOrganization(long reviewId) {
        return accounts.currentUser()
                .flatMap(user -> participants.findFirstByReviewIdAndUserAccountId(reviewId, user.id()))
                .map(Participant::getOrganization);
    }

    /**
     * Every organization the signed-in user has taken part for, in any review: a department answers
     * for last year's recommendations all year, whichever review its people were last listed in.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> currentOrganizationIds() {
        return accounts.currentUser()
                .map(user -> participants.findByUserAccountId(user.id()).stream()
                        .map(Participant::getOrganization)
                        .filter(Objects::nonNull)
                        .map(Organization::id)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Participant save(Participant participant) {
        ParticipantRules.check(participant).ifPresent(v -> {
            throw new TranslatedException(v.key(), v.args());
        });
        checkAccount(participant, participant.getUserAccountId());
        participants
                .findByReviewIdAndEmail(participant.reviewId(), participant.getEmail())
                .filter(other -> !other.id().equals(participant.getId()))
                .ifPresent(other -> {
                    throw new TranslatedException("import.error.duplicate-email", participant.getEmail());
                });
        return participants.saveAndFlush(participant);
    }

    /** Imports participants from CSV: every row is checked first, then all are stored or none. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public ImportSummary importCsv(long reviewId, InputStream in) {
        List<Participant> rows = csv.read(
                reviewId,
                in,
                username ->
                        accounts.findByUsername(username).map(UserSummary::id).orElse(null));
        participants.saveAll(rows);
        return ImportSummary.added(rows.size());
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public String exportCsv(long reviewId) {
        return csv.write(
                participants.findByReviewIdOrderByNameAsc(reviewId),
                id -> accounts.findById(id).map(UserSummary::username).orElse(""));
    }

    /** What still names a participant (sessions, working groups, delegations, attendance); empty when nothing does. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<ParticipantUses.Use> uses(long participantId) {
        return uses.stream()
                .map(u -> new ParticipantUses.Use(u.labelKey(), u.count(participantId)))
                .filter(u -> u.count() > 0)
                .toList();
    }

    /**
     * Removes a participant listed by mistake. One whom sessions, groups, delegations or attendance
     * still name is refused: removing them would change what those say.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void delete(long participantId) {
        Participant participant = participants.findById(participantId).orElseThrow(NotFound::new);
        if (!uses(participantId).isEmpty()) {
            throw new TranslatedException("participant.error.in-use", participant.getName());
        }
        events.publishEvent(new ParticipantRemoved(participantId));
        participants.delete(participant);
        audit.record(AuditAction.PARTICIPANT_REMOVED, participantId, participant.getName(), participant.getEmail());
    }

    /**
     * Links a participant to the account they sign in with, or unlinks them (null). One account
     * stands for one participant in a review.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Participant linkAccount(long participantId, @Nullable Long accountId) {
        Participant participant = participants.findById(participantId).orElseThrow(NotFound::new);
        checkAccount(participant, accountId);
        participant.setUserAccountId(accountId);
        return participants.saveAndFlush(participant);
    }

    /** One account stands for one participant in a review; a change of link is audited. */
    private void checkAccount(Participant participant, @Nullable Long accountId) {
        Long before = participant.getId() == null
                ? null
                : participants
                        .findById(participant.getId())
                        .map(Participant::getUserAccountId)
                        .orElse(null);
        if (Objects.equals(before, accountId)) {
            return;
        }
        String username = "—";
        if (accountId != null) {
            UserSummary account = accounts.findById(accountId).orElseThrow(NotFound::new);
            username = account.username();
            participants
                    .findFirstByReviewIdAndUserAccountId(participant.reviewId(), accountId)
                    .filter(other -> !other.id().equals(participant.getId()))
                    .ifPresent(other -> {
                        throw new TranslatedException(
                                "participant.error.account-taken", account.username(), other.getName());
                    });
        }
        audit.record(AuditAction.ACCOUNT_LINKED, participant.getId(), participant.getName(), username);
    }

    /** The participants of a review who can sign in: whom reminders can reach. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<Participant> withAccounts(long reviewId) {
        return participants.findByReviewIdOrderByNameAsc(reviewId).stream()
                .filter(p -> p.getUserAccountId() != null)
                .toList();
    }

    /** The participants of a review with the given ids, for acting on a selection. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<Participant> byIds(long reviewId, Collection<Long> ids) {
        return participants.findAllById(ids).stream()
                .filter(p -> p.getReviewId() != null && p.getReviewId() == reviewId)
                .toList();
    }

    /** Each participant's e-mail address by id: the key that finds the same person in another review. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public Map<Long, String> emailsById(long reviewId) {
        Map<Long, String> emails = new HashMap<>();
        participants.findByReviewIdOrderByNameAsc(reviewId).forEach(p -> emails.put(p.getId(), p.getEmail()));
        return emails;
    }
}
