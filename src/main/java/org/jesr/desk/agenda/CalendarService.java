package org.jesr.desk.agenda;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.internal.FollowRepository;
import org.jesr.desk.agenda.internal.IcsWriter;
import org.jesr.desk.agenda.internal.RoomRepository;
import org.jesr.desk.agenda.internal.SecretLink;
import org.jesr.desk.agenda.internal.SecretLinkRepository;
import org.jesr.desk.agenda.internal.SessionRepository;
import org.jesr.desk.agenda.internal.Viewers;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.ReviewService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds: the public programme for anyone, and a personal feed behind a secret
 * link that its owner can reset. Calendar apps fetch them without signing in.
 */
@Service
public class CalendarService {

    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final FollowRepository follows;
    private final SecretLinkRepository links;
    private final IcsWriter writer;
    private final ReviewService reviews;
    private final Viewers viewers;
    private final ParticipantService participants;

    CalendarService(
            SessionRepository sessions,
            RoomRepository rooms,
            FollowRepository follows,
            SecretLinkRepository links,
            IcsWriter writer,
            ReviewService reviews,
            Viewers viewers,
            ParticipantService participants) {
        this.participants = participants;
        this.sessions = sessions;
        this.rooms = rooms;
        this.follows = follows;
        this.links = links;
        this.writer = writer;
        this.reviews = reviews;
        this.viewers = viewers;
    }

    /** The current review's public sessions; the feed URL is public by design. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> publicFeed(long reviewId) {
        return reviews.find(reviewId)
                .map(review -> writer.write(
                        review.getName(),
                        sessions.findByReviewIdOrderByStartAscTitleAsc(reviewId).stream()
                                .filter(s -> s.getVisibility() == Visibility.PUBLIC)
                                .toList(),
                        review.zone(),
                        roomNames(reviewId)));
    }

    /**
     * A review's programme for its public page: only while its organizers keep that page on, and only
     * what someone who has not signed in may see.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicSession> publicProgramme(long reviewId) {
        if (reviews.publicReview(reviewId).isEmpty()) {
            return List.of();
        }
        Map<Long, String> roomNames = roomNames(reviewId);
        return sessions.findByReviewIdOrderByStartAscTitleAsc(reviewId).stream()
                .filter(Viewers.ANONYMOUS::sees)
                .map(s -> new PublicSession(
                        s.getTitle(),
                        s.getType(),
                        s.getStart(),
                        s.getEnd(),
                        s.getRoomId() == null ? null : roomNames.get(s.getRoomId()),
                        s.getStatus()))
                .toList();
    }

    /** A participant's own sessions and those they follow, found by the secret token. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> personalFeed(String token) {
        return links.findByTokenAndRevokedFalse(token)
                .filter(l -> l.getKind() == SecretLink.Kind.CALENDAR)
                // A disabled account's feed stops with it, as its sessions in the app do.
                .filter(l -> l.getParticipantId() != null && participants.hasActiveAccount(l.getParticipantId()))
                .flatMap(link -> reviews.find(link.getReviewId()).map(review -> {
                    long me = Objects.requireNonNull(link.getParticipantId());
                    var followed = follows.findByParticipantId(me).stream()
                            .map(SessionFollow::getSessionId)
                            .collect(Collectors.toSet());
                    // The feed is read by a calendar app, not a signed-in person: it carries what the
                    // participant may see as a participant, so a session restricted after it was
                    // followed leaves the feed unless it names them.
                    Viewers.Viewer owner = new Viewers.Viewer(false, me);
                    List<AgendaSession> mine = sessions.findByReviewIdOrderByStartAscTitleAsc(review.id()).stream()
                            .filter(s -> s.involves(me) || followed.contains(s.getId()))
                            .filter(owner::sees)
                            .toList();
                    return writer.write(review.getName(), mine, review.zone(), roomNames(review.id()));
                }));
    }

    /** The signed-in participant's feed token, created on first use. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String myFeedToken(long reviewId) {
        long me = myParticipantId(reviewId);
        return links.findFirstByKindAndParticipantIdAndRevokedFalse(SecretLink.Kind.CALENDAR, me)
                .orElseGet(() -> links.saveAndFlush(SecretLink.create(reviewId, SecretLink.Kind.CALENDAR, me)))
                .getToken();
    }

    /** Revokes the old link, so a feed URL that was shared by mistake stops working. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String resetMyFeedToken(long reviewId) {
        long me = myParticipantId(reviewId);
        links.findFirstByKindAndParticipantIdAndRevokedFalse(SecretLink.Kind.CALENDAR, me)
                .ifPresent(SecretLink::revoke);
        links.flush();
        return links.saveAndFlush(SecretLink.create(reviewId, SecretLink.Kind.CALENDAR, me))
                .getToken();
    }

    private long myParticipantId(long reviewId) {
        Long me = viewers.current(reviewId).participantId();
        if (me == null) {
            throw new TranslatedException("agenda.error.not-a-participant");
        }
        return me;
    }

    private Map<Long, String> roomNames(long reviewId) {
        return rooms.findByReviewIdOrderBySortOrderAscNameAsc(reviewId).stream()
                .collect(Collectors.toMap(Room::getId, Room::getName));
    }
}
