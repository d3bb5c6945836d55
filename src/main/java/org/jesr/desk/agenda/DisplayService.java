package org.jesr.desk.agenda;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jesr.desk.agenda.internal.RoomRepository;
import org.jesr.desk.agenda.internal.SecretLink;
import org.jesr.desk.agenda.internal.SecretLinkRepository;
import org.jesr.desk.agenda.internal.SessionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret links for room screens and projectors, which show the live programme without
 * anyone signing in. An organizer creates them and can revoke each one.
 */
@Service
public class DisplayService {

    /** A display link as the organizer manages it. */
    public record DisplayLink(long id, String token) {}

    private final SecretLinkRepository links;
    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisplayService(
            SecretLinkRepository links,
            SessionRepository sessions,
            RoomRepository rooms,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.sessions = sessions;
        this.rooms = rooms;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public DisplayLink create(long reviewId) {
        SecretLink link = links.saveAndFlush(SecretLink.create(reviewId, SecretLink.Kind.DISPLAY, null));
        return new DisplayLink(link.id(), link.getToken());
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<DisplayLink> active(long reviewId) {
        return links.findByReviewIdAndKindAndRevokedFalse(reviewId, SecretLink.Kind.DISPLAY).stream()
                .map(l -> new DisplayLink(l.id(), l.getToken()))
                .toList();
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void revoke(long linkId) {
        links.findById(linkId).ifPresent(link -> {
            link.revoke();
            // Pushed like any agenda change, so the screen behind the link goes blank at once.
            events.publishEvent(new AgendaChanged(link.getReviewId(), null, "display-revoked", clock.instant()));
        });
    }

    /** The review a display token opens, if the token is valid and not revoked. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Long> reviewForToken(String token) {
        return links.findByTokenAndRevokedFalse(token)
                .filter(l -> l.getKind() == SecretLink.Kind.DISPLAY)
                .map(SecretLink::getReviewId);
    }

    /** The public sessions a display shows; restricted side meetings never appear on a room screen. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<AgendaSession> publicSessions(String token) {
        return reviewForToken(token)
                .map(reviewId -> sessions.findByReviewIdOrderByStartAscTitleAsc(reviewId).stream()
                        .filter(s -> s.getVisibility() == Visibility.PUBLIC)
                        .toList())
                .orElse(List.of());
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Room> rooms(String token) {
        return reviewForToken(token)
                .map(rooms::findByReviewIdOrderBySortOrderAscNameAsc)
                .orElse(List.of());
    }
}
