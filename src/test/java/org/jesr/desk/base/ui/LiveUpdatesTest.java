package org.jesr.desk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jesr.desk.base.LiveEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** How a committed change reaches a screen: off the changer's thread, and as the screen's own person. */
// With the UI tests, one at a time: Vaadin's mock state is bound to the thread (decision 0029).
@Execution(ExecutionMode.SAME_THREAD)
class LiveUpdatesTest {

    private record Changed(long reviewId) implements LiveEvent {}

    private final LiveUpdates live = new LiveUpdates(2);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        live.destroy();
    }

    @Test
    void a_screen_redraws_as_the_person_who_opened_it_not_as_the_organizer_who_made_the_change() throws Exception {
        signIn("observer");
        List<String> redrawnAs = new CopyOnWriteArrayList<>();
        live.subscribe(UI.getCurrent(), Changed.class, change -> redrawnAs.add(currentName()));

        signIn("organizer");
        live.fanOut(new Changed(1));
        awaitRedraws(redrawnAs, 1);

        assertThat(redrawnAs).containsExactly("observer");
        assertThat(currentName())
                .as("the organizer's own thread keeps its identity")
                .isEqualTo("organizer");
    }

    @Test
    void the_change_is_handed_over_without_waiting_for_the_screens_to_redraw() throws Exception {
        signIn("observer");
        List<String> redrawnAs = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            live.subscribe(UI.getCurrent(), Changed.class, change -> redrawnAs.add(currentName()));
        }
        // The test holds the screen's lock, as a busy screen would: fanOut must still return at once.
        live.fanOut(new Changed(1));
        assertThat(redrawnAs).isEmpty();

        awaitRedraws(redrawnAs, 50);
        assertThat(redrawnAs).hasSize(50);
    }

    @Test
    void a_screen_bound_again_to_another_review_follows_only_that_review_once() throws Exception {
        signIn("organizer");
        Div screen = new Div();
        UI.getCurrent().add(screen);
        List<String> redrawn = new CopyOnWriteArrayList<>();
        // What a reused view does when its parameter changes: setParameter binds again, already attached.
        live.bind(screen, Changed.class, 1, change -> redrawn.add("review " + change.reviewId()));
        live.bind(screen, Changed.class, 2, change -> redrawn.add("review " + change.reviewId()));

        live.fanOut(new Changed(1));
        live.fanOut(new Changed(2));
        awaitRedraws(redrawn, 1);
        settle();

        assertThat(redrawn).containsExactly("review 2");
    }

    @Test
    void a_screen_taken_off_and_put_back_redraws_once_per_change() throws Exception {
        signIn("organizer");
        Div screen = new Div();
        UI.getCurrent().add(screen);
        List<String> redrawn = new CopyOnWriteArrayList<>();
        live.bind(screen, Changed.class, 1, change -> redrawn.add("redrawn"));

        UI.getCurrent().remove(screen);
        live.fanOut(new Changed(1));
        UI.getCurrent().add(screen);
        live.fanOut(new Changed(1));
        awaitRedraws(redrawn, 1);
        settle();

        assertThat(redrawn).containsExactly("redrawn");
    }

    private static void awaitRedraws(List<String> redrawn, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (redrawn.size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
    }

    /** Gives a redraw that should not happen the time to show up. */
    private static void settle() throws InterruptedException {
        Thread.sleep(300);
        MockVaadin.runUIQueue();
    }

    private static void signIn(String name) {
        Authentication who = UsernamePasswordAuthenticationToken.authenticated(name, "n/a", List.of());
        SecurityContextHolder.getContext().setAuthentication(who);
    }

    private static String currentName() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "nobody" : who.getName();
    }
}
