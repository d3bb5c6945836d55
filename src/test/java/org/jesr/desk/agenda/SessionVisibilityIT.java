package org.jesr.desk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Security findings 1 and 3 of issue 19: follows and check-in obey the one visibility rule. */
class SessionVisibilityIT extends IntegrationTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ReviewService reviews;

    @Autowired
    AgendaService agenda;

    @Autowired
    CalendarService calendars;

    @Autowired
    AttendanceService attendance;

    @Autowired
    LiveControlService live;

    Review review;

    @BeforeEach
    void sampleReview() {
        sampleReviewAsOrganizer();
        review = reviews.current().orElseThrow();
    }

    @Test
    void a_followed_session_made_restricted_leaves_my_agenda_and_my_feed() throws Exception {
        AgendaSession opening = agenda.sessions(review.getId(), review.zone(), AgendaFilter.day(null)).stream()
                .filter(s -> s.getTitle().startsWith("Opening plenary"))
                .findFirst()
                .orElseThrow();
        signInAs("observer", Role.OBSERVER);
        assertThat(agenda.toggleFollow(opening.getId())).isTrue();
        String token = calendars.myFeedToken(review.getId());
        assertThat(titles(agenda.mySessions(review.getId()))).contains(opening.getTitle());
        assertThat(feedUids(token)).contains(uid(opening));

        signInAs("organizer", Role.ORGANIZER);
        AgendaSession restricted = agenda.session(opening.getId()).orElseThrow();
        restricted.setVisibility(Visibility.RESTRICTED);
        restricted.setDescription("Minister's remarks, not for circulation");
        agenda.save(restricted);

        signInAs("observer", Role.OBSERVER);
        assertThat(agenda.session(opening.getId())).isEmpty();
        assertThat(titles(agenda.mySessions(review.getId()))).doesNotContain(opening.getTitle());
        assertThat(feedUids(token)).doesNotContain(uid(opening));
        assertThat(calendars.personalFeed(token).orElseThrow()).doesNotContain("Minister's remarks");
        assertThatThrownBy(() -> agenda.toggleFollow(opening.getId()))
                .isInstanceOfSatisfying(
                        TranslatedException.class, e -> assertThat(e.key()).isEqualTo("error.not-found"));
    }

    @Test
    void a_disabled_accounts_personal_feed_stops_answering() {
        signInAs("observer", Role.OBSERVER);
        String token = calendars.myFeedToken(review.getId());
        assertThat(calendars.personalFeed(token)).isPresent();

        signInAs("admin", Role.ADMIN);
        var users = context.getBean(org.jesr.desk.security.UserAccountService.class);
        var form = org.jesr.desk.security.UserForm.of(
                users.findByUsername("observer").orElseThrow());
        form.setEnabled(false);
        users.save(form);
        // As a calendar app asks: nobody signed in.
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.AnonymousAuthenticationToken(
                        "feed",
                        "anonymousUser",
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_ANONYMOUS"))));

        assertThat(calendars.personalFeed(token)).isEmpty();
    }

    @Test
    void check_in_is_open_only_for_a_visible_session_that_runs_now_and_answers_the_same_otherwise() {
        Instant now = clock.instant();
        long runningNow = create(
                "Working lunch",
                Visibility.PUBLIC,
                now.minus(Duration.ofMinutes(10)),
                now.plus(Duration.ofMinutes(50)));
        long sideMeeting = create(
                "Side meeting with the minister",
                Visibility.RESTRICTED,
                now.minus(Duration.ofMinutes(10)),
                now.plus(Duration.ofMinutes(50)));
        long tomorrow = create(
                "Tomorrow's plenary",
                Visibility.PUBLIC,
                now.plus(Duration.ofHours(24)),
                now.plus(Duration.ofHours(25)));
        long cancelled = create(
                "Cancelled briefing",
                Visibility.PUBLIC,
                now.minus(Duration.ofMinutes(5)),
                now.plus(Duration.ofMinutes(30)));
        live.cancel(cancelled);

        signInAs("observer", Role.OBSERVER);
        for (long refused : List.of(sideMeeting, tomorrow, cancelled, 987_654_321L)) {
            assertThatThrownBy(() -> attendance.selfCheckIn(refused))
                    .as("session %d", refused)
                    .isInstanceOfSatisfying(
                            TranslatedException.class, e -> assertThat(e.key()).isEqualTo("attendance.error.closed"));
        }
        attendance.selfCheckIn(runningNow);
        attendance.selfCheckIn(runningNow);
        assertThatThrownBy(() -> attendance.forSession(sideMeeting))
                .as("not even the count of a restricted session")
                .isInstanceOf(TranslatedException.class);

        signInAs("organizer", Role.ORGANIZER);
        assertThat(attendance.forSession(runningNow).byConstituency())
                .containsEntry(Constituency.VISITING_DELEGATION, 1L);
        assertThat(attendance.forSession(sideMeeting).total()).isZero();
        assertThat(attendance.forSession(tomorrow).total()).isZero();
    }

    private long create(String title, Visibility visibility, Instant start, Instant end) {
        AgendaSession session = new AgendaSession();
        session.setReviewId(review.getId());
        session.setTitle(title);
        session.setType(SessionType.PLENARY);
        session.setVisibility(visibility);
        session.setStart(start);
        session.setEnd(end);
        return agenda.save(session).session().getId();
    }

    private List<String> feedUids(String token) throws IOException, ParserException {
        return new CalendarBuilder()
                        .build(new StringReader(calendars.personalFeed(token).orElseThrow()))
                        .<VEvent>getComponents(Component.VEVENT)
                        .stream()
                        .map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                        .toList();
    }

    private static String uid(AgendaSession session) {
        return "session-" + session.getId() + "@jesr-desk";
    }

    private static List<String> titles(List<AgendaSession> sessions) {
        return sessions.stream().map(AgendaSession::getTitle).toList();
    }
}
