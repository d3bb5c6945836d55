package org.jesr.desk.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.participant.internal.ParticipantRepository;
import org.jesr.desk.security.UserAccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The groups a message can go to, and who is in them: by constituency, and whatever features add. */
@Service
public class AudienceService {

    private final ParticipantRepository participants;
    private final List<AudienceSource> sources;
    private final UserAccountService accounts;

    AudienceService(ParticipantRepository participants, List<AudienceSource> sources, UserAccountService accounts) {
        this.participants = participants;
        this.sources = sources;
        this.accounts = accounts;
    }

    /** Constituencies first, then each feature's groups; empty groups are left out. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<Audience> audiences(long reviewId) {
        Map<Constituency, Set<Long>> byConstituency = new LinkedHashMap<>();
        for (Participant p : participants.findByReviewIdOrderByNameAsc(reviewId)) {
            if (p.getOrganization() != null) {
                byConstituency
                        .computeIfAbsent(p.getOrganization().getConstituency(), c -> new LinkedHashSet<>())
                        .add(p.id());
            }
        }
        List<Audience> result = new ArrayList<>();
        for (Constituency c : Constituency.values()) {
            Set<Long> ids = byConstituency.get(c);
            if (ids != null) {
                result.add(
                        new Audience("constituency:" + c.name(), Audience.Kind.CONSTITUENCY, c.translationKey(), ids));
            }
        }
        for (AudienceSource source : sources) {
            source.audiences(reviewId).stream()
                    .filter(a -> !a.participantIds().isEmpty())
                    .forEach(result::add);
        }
        return result;
    }

    /**
     * Everyone the chosen groups and people stand for, each address once (a person in two groups gets
     * one message), in name order.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<Recipient> resolve(long reviewId, Collection<String> audienceKeys, Collection<Long> participantIds) {
        Set<Long> chosen = new LinkedHashSet<>(participantIds);
        audiences(reviewId).stream()
                .filter(a -> audienceKeys.contains(a.key()))
                .forEach(a -> chosen.addAll(a.participantIds()));
        Set<Long> active = accounts.activeIds();
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        participants.findAllById(chosen).stream()
                .filter(p -> p.reviewId().equals(reviewId) && !p.getEmail().isBlank())
                .sorted(java.util.Comparator.comparing(Participant::getName))
                .forEach(p -> byEmail.putIfAbsent(
                        p.getEmail().toLowerCase(Locale.ROOT),
                        new Recipient(
                                p.id(),
                                p.getName(),
                                p.getEmail(),
                                p.getPreferredLanguage(),
                                p.getUserAccountId() != null && active.contains(p.getUserAccountId()))));
        return List.copyOf(byEmail.values());
    }

    /** The review's participants, to pick named people from. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<ParticipantRef> people(long reviewId) {
        return participants.findByReviewIdOrderByNameAsc(reviewId).stream()
                .map(ParticipantRef::of)
                .collect(Collectors.toList());
    }
}
