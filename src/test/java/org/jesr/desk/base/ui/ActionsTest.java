package org.jesr.desk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** One error path: a broken rule is told in the user's language, wherever it is thrown; a bug is not hidden. */
class ActionsTest extends KaribuTest {

    @BeforeEach
    void signIn() {
        login("organizer", Role.ORGANIZER);
    }

    @Test
    void a_broken_rule_is_shown_translated_and_the_action_stops_there() {
        useLanguage(Locale.FRENCH);
        boolean done = Actions.run(UI.getCurrent(), () -> {
            throw new NotFound();
        });

        assertThat(done).isFalse();
        assertThat(errors()).containsExactly(UI.getCurrent().getTranslation(Locale.FRENCH, "error.not-found"));
        assertThat(errors().getFirst()).isNotEqualTo(UI.getCurrent().getTranslation(Locale.ENGLISH, "error.not-found"));
    }

    @Test
    void an_action_that_goes_through_says_so_and_shows_no_error() {
        assertThat(Actions.run(UI.getCurrent(), () -> {})).isTrue();
        assertThat(errors()).isEmpty();
    }

    @Test
    void a_bug_is_not_dressed_up_as_a_rule() {
        assertThatThrownBy(() -> Actions.run(UI.getCurrent(), () -> {
                    throw new IllegalStateException("a bug");
                }))
                .hasMessage("a bug");
        assertThat(errors()).isEmpty();
    }

    @Test
    void a_rule_broken_outside_any_action_reaches_the_user_through_the_sessions_error_handler() {
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(TranslatedErrors.class);

        handler.error(new ErrorEvent(new ObjectOptimisticLockingFailureException("SessionNotes", 1L)));
        // A rule checked at commit time arrives wrapped by Spring: the cause is what the user needs to read.
        handler.error(new ErrorEvent(new IllegalStateException(new TranslatedException("error.not-found"))));

        assertThat(errors())
                .containsExactly(
                        UI.getCurrent().getTranslation("error.concurrent-change"),
                        UI.getCurrent().getTranslation("error.not-found"));
    }

    private static List<String> errors() {
        return NotificationsKt.getNotifications().stream()
                .filter(n -> n.getId().filter("error-notification"::equals).isPresent())
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }
}
