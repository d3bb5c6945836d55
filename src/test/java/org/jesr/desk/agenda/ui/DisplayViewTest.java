package org.jesr.desk.agenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuSupport;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.agenda.DisplayService;
import org.jesr.desk.agenda.DisplayService.DisplayLink;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

/** The room display follows the clock by polling: once per screen, however often its link changes. */
@ChangesTheSample
class DisplayViewTest extends KaribuTest {

    @Test
    void a_screen_opened_with_one_link_after_another_polls_once_and_stops_when_it_leaves() {
        DisplayLink first = linkAsOrganizer();
        DisplayLink second = linkAsOrganizer();
        KaribuSupport.anonymous();
        UI ui = UI.getCurrent();

        ui.navigate("display/" + first.token());
        ui.navigate("display/" + second.token());
        ui.navigate("display/" + first.token());

        assertThat(ComponentUtil.getListeners(ui, PollEvent.class)).hasSize(1);
        assertThat(ui.getPollInterval()).isEqualTo(DisplayView.POLL_MILLIS);

        ui.navigate("login");
        assertThat(ComponentUtil.getListeners(ui, PollEvent.class)).isEmpty();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_poll_after_the_link_was_revoked_leaves_the_screen_showing_that_it_is_no_longer_valid() {
        DisplayLink link = linkAsOrganizer();
        KaribuSupport.anonymous();
        UI ui = UI.getCurrent();
        ui.navigate("display/" + link.token());
        assertThat(_find(Paragraph.class)).noneMatch(p -> p.getText().equals(ui.getTranslation("display.invalid")));

        login("organizer", Role.ORGANIZER);
        context.getBean(DisplayService.class).revoke(link.id());
        KaribuSupport.anonymous();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().equals(ui.getTranslation("display.invalid")));
    }

    private DisplayLink linkAsOrganizer() {
        login("organizer", Role.ORGANIZER);
        long reviewId =
                context.getBean(ReviewService.class).current().orElseThrow().id();
        return context.getBean(DisplayService.class).create(reviewId);
    }
}
