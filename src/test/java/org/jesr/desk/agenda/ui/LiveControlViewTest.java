package org.jesr.desk.agenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.PinnedClock;
import org.jesr.desk.agenda.AgendaChanged;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.Announcement;
import org.jesr.desk.agenda.LiveControlService;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveControlViewTest extends KaribuTest {

    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

    @Autowired
    AgendaService agenda;

    @Autowired
    ReviewService reviews;

    @Autowired
    LiveControlService live;

    @Autowired
    PinnedClock clock;

    @Test
    @ChangesTheSample
    void a_delayed_session_shifts_the_rest_of_its_room_and_leaves_other_rooms_alone() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(TodayView.class);
        AgendaSession opening = find("Opening plenary");

        _click(_get(Button.class, spec -> spec.withId("delay-" + opening.getId())));
        _setValue(_get(IntegerField.class, spec -> spec.withId("delay-minutes")), 15);
        _setValue(_get(Checkbox.class, spec -> spec.withId("delay-shift")), true);
        _click(_get(Button.class, spec -> spec.withId("delay-apply")));

        assertThat(startOf("Opening plenary")).isEqualTo(LocalTime.of(9, 15));
        assertThat(startOf("Tea break")).isEqualTo(LocalTime.of(10, 45));
        assertThat(startOf("Lunch")).isEqualTo(LocalTime.of(13, 15));
        assertThat(startOf("Working group: Access & Equity")).isEqualTo(LocalTime.of(11, 0));
        assertThat(AgendaEditorViewTest.textOf("live-" + opening.getId())).contains("Delayed by 15 min");
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", ""))
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Also moved by the same delay:")
                        .contains("Tea break")
                        .contains("Lunch"));
    }

    @Test
    @ChangesTheSample
    void postponing_asks_first_says_what_follows_and_changes_nothing_until_confirmed() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(TodayView.class);
        AgendaSession opening = find("Opening plenary");

        _click(_get(Button.class, spec -> spec.withId("postpone-" + opening.getId())));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Postpone “" + opening.getTitle() + "”?");
        assertThat(find("Opening plenary").getStatus()).isEqualTo(SessionStatus.SCHEDULED);

        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(find("Opening plenary").getStatus()).isEqualTo(SessionStatus.POSTPONED);
    }

    @Test
    @ChangesTheSample
    void announcements_show_the_newest_three_with_time_and_author_and_can_be_withdrawn() {
        login("organizer", Role.ORGANIZER);
        long review = reviews.current().orElseThrow().getId();
        List<Announcement> made = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            made.add(live.announce(review, "Notice " + i, Announcement.Severity.INFO, Duration.ofMinutes(30)));
        }
        UI.getCurrent().navigate(TodayView.class);

        assertThat(announcementLines())
                .hasSize(3)
                .first()
                .satisfies(line -> assertThat(line).contains("Notice 5").contains("organizer"));
        _click(_get(
                Button.class, spec -> spec.withId("withdraw-" + made.getLast().getId())));

        assertThat(announcementLines()).hasSize(3).noneMatch(line -> line.contains("Notice 5"));
        assertThat(live.activeAnnouncements(review))
                .extracting(Announcement::getMessage)
                .doesNotContain("Notice 5");

        assertThat(_get(Span.class, spec -> spec.withId("undo-text")).getText())
                .isEqualTo("Announcement withdrawn from every screen.");
        _click(_get(Button.class, spec -> spec.withId("undo")));
        assertThat(announcementLines())
                .first()
                .satisfies(line -> assertThat(line).contains("Notice 5"));
        assertThat(live.activeAnnouncements(review))
                .extracting(Announcement::getMessage)
                .contains("Notice 5");
    }

    private static List<String> announcementLines() {
        return _get(Div.class, spec -> spec.withId("announcements"))
                .getChildren()
                .map(line -> line.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void start_is_never_offered_for_a_break() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(TodayView.class);

        AgendaSession tea = find("Tea break");
        _assertNone(Button.class, spec -> spec.withId("start-" + tea.getId()));
    }

    @Test
    @ChangesTheSample
    void today_opens_at_a_now_line_with_one_primary_action_per_session_and_the_rest_under_more() {
        login("organizer", Role.ORGANIZER);
        // Midday in Karachi, so that "two hours from now" is still today whenever the test runs.
        clock.pin(PinnedClock.BEFORE_THE_SAMPLE);
        long review = reviews.current().orElseThrow().getId();
        AgendaSession due = session(review, "Press briefing", Duration.ofMinutes(-20), Duration.ofMinutes(40));
        AgendaSession later = session(review, "Donor round table", Duration.ofHours(2), Duration.ofHours(3));
        UI.getCurrent().navigate(TodayView.class);

        List<String> order = _get(Div.class, spec -> spec.withId("today-sessions"))
                .getChildren()
                .map(c -> c.getId().orElse(""))
                .toList();
        assertThat(order).containsSubsequence("now-line", "live-" + due.getId(), "live-" + later.getId());
        assertThat(_get(Div.class, spec -> spec.withId("now-line")).getElement().getTextRecursively())
                .startsWith("Now · ");

        Button start = _get(Button.class, spec -> spec.withId("start-" + due.getId()));
        assertThat(start.getThemeNames()).contains("primary");
        _assertNone(Button.class, spec -> spec.withId("close-" + due.getId()));
        assertThat(_get(Details.class, spec -> spec.withId("more-" + due.getId()))
                        .isOpened())
                .isFalse();
        _get(Button.class, spec -> spec.withId("delay-" + due.getId()));

        _click(start);
        Button close = _get(Button.class, spec -> spec.withId("close-" + due.getId()));
        assertThat(close.getThemeNames()).contains("primary");
        _assertNone(Button.class, spec -> spec.withId("start-" + due.getId()));
        assertThat(_get(Button.class, spec -> spec.withId("start-" + later.getId()))
                        .getThemeNames())
                .as("not due yet: Start waits under More")
                .doesNotContain("primary");
    }

    private AgendaSession session(long review, String title, Duration from, Duration to) {
        AgendaSession session = new AgendaSession();
        session.setReviewId(review);
        session.setTitle(title);
        session.setType(SessionType.PLENARY);
        session.setStart(clock.instant().plus(from));
        session.setEnd(clock.instant().plus(to));
        return agenda.save(session).session();
    }

    @Test
    void an_observer_sees_the_agenda_without_any_control_and_is_refused_at_the_control_screens() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate(AgendaView.class);

        assertThat(AgendaEditorViewTest.textOf("agenda-list")).contains("Opening plenary");
        _assertNone(Button.class, spec -> spec.withId("add-session"));
        _assertNone(
                Button.class,
                spec -> spec.withId("delay-" + find("Opening plenary").getId()));
        assertThatThrownBy(() -> UI.getCurrent().navigate(TodayView.class)).hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AgendaEditorView.class))
                .hasMessageContaining("Access is denied");
    }

    @Test
    void restricted_side_meetings_are_hidden_from_someone_not_named_on_them_but_not_from_organizers() {
        login("rapporteur", Role.RAPPORTEUR);
        UI.getCurrent().navigate(AgendaView.class);

        assertThat(sessions()).noneMatch(s -> s.getTitle().startsWith("Side meeting"));
        login("organizer", Role.ORGANIZER);
        assertThat(sessions()).anyMatch(s -> s.getTitle().startsWith("Side meeting"));
    }

    @Test
    void screens_sharing_one_read_of_the_programme_still_see_only_what_each_may_see() {
        long review = reviews.current().orElseThrow().getId();
        AgendaChanged change = new AgendaChanged(review, null, "edited", java.time.Instant.now());
        login("organizer", Role.ORGANIZER);
        assertThat(agenda.programme(review, KARACHI, AgendaFilter.day(null), change))
                .as("the organizer's screen reads first, and sees the side meeting")
                .anyMatch(s -> s.title().startsWith("Side meeting"));

        login("rapporteur", Role.RAPPORTEUR);
        assertThat(agenda.programme(review, KARACHI, AgendaFilter.day(null), change))
                .as("the same read, shared, without what the rapporteur may not see")
                .isNotEmpty()
                .noneMatch(s -> s.title().startsWith("Side meeting"));
    }

    private List<AgendaSession> sessions() {
        return agenda.sessions(reviews.current().orElseThrow().getId(), KARACHI, AgendaFilter.day(null));
    }

    private AgendaSession find(String titleStart) {
        return sessions().stream()
                .filter(s -> s.getTitle().startsWith(titleStart))
                .findFirst()
                .orElseThrow();
    }

    private LocalTime startOf(String titleStart) {
        return find(titleStart).getStart().atZone(KARACHI).toLocalTime();
    }
}
