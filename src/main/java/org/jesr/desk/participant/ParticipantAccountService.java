package org.jesr.desk.participant;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.mail.Outbox;
import org.jesr.desk.participant.internal.ParticipantRepository;
import org.jesr.desk.participant.pdf.InvitationSheet;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AccountLinks;
import org.jesr.desk.security.InvitationService;
import org.jesr.desk.security.IssuedInvitation;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserAccountService.AccountOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the people of a review, in one step: the secretariat selects participants and a role,
 * each gets an account (their e-mail address is the username) and a single-use link to set their
 * password, handed out on a printed sheet at registration.
 */
@Service
public class ParticipantAccountService implements AccountLinks {

    private final ParticipantRepository participants;
    private final UserAccountService accounts;
    private final InvitationService invitations;
    private final ReviewService reviews;
    private final Outbox outbox;
    private final AppI18nProvider i18n;
    private final ParticipantService participantService;

    ParticipantAccountService(
            ParticipantRepository participants,
            UserAccountService accounts,
            InvitationService invitations,
            ReviewService reviews,
            Outbox outbox,
            AppI18nProvider i18n,
            ParticipantService participantService) {
        this.outbox = outbox;
        this.i18n = i18n;
        this.participantService = participantService;
        this.participants = participants;
        this.accounts = accounts;
        this.invitations = invitations;
        this.reviews = reviews;
    }

    /** What became of one selected participant: their account, and the link to hand them if one was issued. */
    public record AccountForParticipant(
            long participantId,
            String name,
            String organization,
            String username,
            boolean created,
            @Nullable IssuedInvitation invitation) {}

    /**
     * Gives each selected participant an account with the role. A participant already linked keeps
     * their account and gains the role; one whose e-mail is already an account's username (last year's
     * review) is linked to it; everyone else gets a new account and an invitation link.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public List<AccountForParticipant> createAccounts(long reviewId, Collection<Long> participantIds, Role role) {
        List<AccountForParticipant> result = new ArrayList<>();
        for (Participant participant : participants.findAllById(participantIds)) {
            if (participant.getReviewId() == null || participant.getReviewId() != reviewId) {
                continue;
            }
            String username = participant.getUserAccountId() == null
                    ? participant.getEmail().trim().toLowerCase(Locale.ROOT)
                    : accounts.findById(participant.getUserAccountId())
                            .orElseThrow()
                            .username();
            AccountOutcome outcome =
                    accounts.ensureAccount(username, participant.getName(), role, participant.getPreferredLanguage());
            long accountId = outcome.account().id();
            participants
                    .findFirstByReviewIdAndUserAccountId(reviewId, accountId)
                    .filter(other -> !other.id().equals(participant.getId()))
                    .ifPresent(other -> {
                        throw new TranslatedException("participant.error.account-taken", username, other.getName());
                    });
            participant.setUserAccountId(accountId);
            IssuedInvitation invitation = outcome.created() ? invitations.issue(accountId) : null;
            result.add(new AccountForParticipant(
                    participant.id(),
                    participant.getName(),
                    participant.getOrganization() == null
                            ? ""
                            : participant.getOrganization().getName(),
                    username,
                    outcome.created(),
                    invitation));
        }
        participants.flush();
        return result;
    }

    /**
     * E-mails each new password link to its participant, in their language, through the outbox (when
     * SMTP is configured). The links are not stored; this is the one moment they can be sent.
     *
     * @param appAddress the app's address as people reach it, ending in '/'
     * @return how many e-mails were queued; 0 without SMTP
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public int emailLinks(long reviewId, List<AccountForParticipant> results, String appAddress) {
        if (!outbox.enabled()) {
            return 0;
        }
        String review = reviews.find(reviewId).map(Review::getName).orElse("");
        int queued = 0;
        for (AccountForParticipant result : results) {
            Participant participant =
                    participants.findById(result.participantId()).orElse(null);
            if (result.invitation() == null || participant == null) {
                continue;
            }
            Locale locale = Locale.of(participant.getPreferredLanguage());
            ZoneId zone = reviews.find(reviewId).map(Review::zone).orElse(ZoneOffset.UTC);
            outbox.queue(
                    participant.getEmail(),
                    i18n.getTranslation("accounts.mail-subject", locale, review),
                    i18n.getTranslation(
                            "accounts.mail-body",
                            locale,
                            participant.getName(),
                            review,
                            result.username(),
                            appAddress + result.invitation().path(),
                            Formats.dateTime(result.invitation().expiresAt(), zone, locale)));
            queued++;
        }
        return queued;
    }

    /** A new single-use link for a participant's account, e.g. for a lost sheet; earlier links stop working. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public IssuedInvitation newLink(long participantId) {
        Participant participant = participants.findById(participantId).orElseThrow(NotFound::new);
        if (participant.getUserAccountId() == null) {
            throw new TranslatedException("participant.error.no-account", participant.getName());
        }
        return invitations.issue(participant.getUserAccountId());
    }

    /** The printable sheet of invitation cards, its texts already translated by the caller. */
    @PreAuthorize("hasRole('ORGANIZER')")
    public byte[] sheet(InvitationSheet.Sheet sheet) {
        return InvitationSheet.write(sheet);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> linkedAccountIds() {
        return reviews.current()
                .map(r -> participants.findByReviewIdOrderByNameAsc(r.id()).stream()
                        .map(Participant::getUserAccountId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    @Override
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<AccountLinks.Linkable> linkable() {
        return reviews.current()
                .map(r -> participants.findByReviewIdOrderByNameAsc(r.id()).stream()
                        .map(p -> new AccountLinks.Linkable(
                                p.id(),
                                p.getName()
                                        + (p.getOrganization() == null
                                                ? ""
                                                : " (" + p.getOrganization().shortName() + ")")))
                        .toList())
                .orElse(List.of());
    }

    @Override
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public Optional<Long> participantOf(long accountId) {
        return reviews.current()
                .flatMap(r -> participants.findFirstByReviewIdAndUserAccountId(r.id(), accountId))
                .map(Participant::getId);
    }

    /** Links from the account's side: the participant who had the account loses it, the chosen one gets it. */
    @Override
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void link(long accountId, @Nullable Long participantId) {
        Optional<Long> before = participantOf(accountId);
        if (before.isPresent() && before.get().equals(participantId)) {
            return;
        }
        before.ifPresent(id -> participantService.linkAccount(id, null));
        if (participantId != null) {
            participantService.linkAccount(participantId, accountId);
        }
    }
}
