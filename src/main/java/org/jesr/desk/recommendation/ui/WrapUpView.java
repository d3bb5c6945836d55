package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.recommendation.RecommendationsChanged;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The wrap-up plenary on a projector or tablet: one recommendation at a time, reworded
 * live for everyone watching, decided, ordered, and finally locked.
 */
@Route("wrap-up")
@PermitAll
@Menu(order = 9, icon = "vaadin:gavel", title = "nav.wrap-up")
class WrapUpView extends ReviewPage<Review> {

    private final RecommendationService service;
    private final boolean organizer;
    private final boolean admin;
    private final Div stage = new Div();
    private List<Recommendation> items = List.of();
    private int index;

    WrapUpView(ReviewService reviews, RecommendationService service, LiveUpdates updates, AuthenticationContext auth) {
        super("nav.wrap-up", reviews.current());
        this.service = service;
        this.organizer = auth.hasRole(AppRoles.ORGANIZER);
        this.admin = auth.hasRole(AppRoles.ADMIN);
        if (noReview()) {
            return;
        }
        stage.setId("wrap-up");
        stage.addClassName("wrap-up");
        add(stage);
        updates.bind(this, RecommendationsChanged.class, review().id(), change -> redraw());
        redraw();
    }

    private void redraw() {
        items = service.list(review().id(), RecommendationFilter.all());
        index = Math.max(0, Math.min(index, items.size() - 1));
        boolean closed = service.isClosed(review().id());
        stage.removeAll();
        if (closed) {
            Paragraph locked = new Paragraph(getTranslation("wrap-up.closed"));
            locked.setId("wrap-up-closed");
            stage.add(locked);
        }
        if (items.isEmpty()) {
            stage.add(new Paragraph(getTranslation("wrap-up.empty")));
        } else {
            show(items.get(index), closed);
        }
        stage.add(closing(closed));
    }

    private void show(Recommendation r, boolean closed) {
        Span position = new Span(getTranslation("wrap-up.position", index + 1, items.size()));
        position.setId("wrap-up-position");
        Paragraph text = new Paragraph(r.getText());
        text.setId("wrap-up-text");
        text.addClassName("wrap-up-text");
        Paragraph details = new Paragraph(
                getTranslation("label.value", getTranslation("recommendation.responsible"), r.getResponsibleBody())
                        + (r.getTimeline() == null ? "" : " · " + r.getTimeline()) + " · "
                        + r.getSources().stream().map(s -> s.label()).collect(Collectors.joining("; ")));
        Span decision = new Span(getTranslation(r.getConsensus().translationKey())
                + (r.getReservation() == null ? "" : " — " + r.getReservation()));
        decision.setId("wrap-up-consensus");
        decision.addClassName("status");
        Div nav = new Div(
                button("wrap-up-previous", "wrap-up.previous", () -> index--, index > 0),
                button("wrap-up-next", "wrap-up.next", () -> index++, index < items.size() - 1));
        nav.addClassName("toolbar");
        stage.add(position, text, details, decision, nav);
        if (organizer && !closed) {
            stage.add(controls(r));
        }
    }

    private Div controls(Recommendation r) {
        TextArea wording = new TextArea(getTranslation("wrap-up.wording"));
        wording.setId("wrap-up-wording");
        wording.setWidthFull();
        wording.setValue(r.getText());
        Button saveWording = act("wrap-up-save-wording", "wrap-up.save-wording", () -> {
            r.setText(wording.getValue());
            service.update(r);
        });
        TextField reservation = new TextField(getTranslation("wrap-up.reservation"));
        reservation.setId("wrap-up-reservation");
        Div decide = new Div(
                decision(r, "decide-agreed", Consensus.AGREED, () -> null),
                decision(r, "decide-reservation", Consensus.AGREED_WITH_RESERVATION, reservation::getValue),
                decision(r, "decide-deferred", Consensus.DEFERRED, () -> null),
                decision(r, "decide-dropped", Consensus.DROPPED, () -> null),
                act("move-up", "wrap-up.move-up", () -> move(-1)),
                act("move-down", "wrap-up.move-down", () -> move(1)));
        decide.addClassName("toolbar");
        return new Div(wording, saveWording, reservation, decide);
    }

    private void move(int by) {
        int target = index + by;
        if (target < 0 || target >= items.size()) {
            return;
        }
        List<Long> ids =
                new ArrayList<>(items.stream().map(Recommendation::getId).toList());
        Collections.swap(ids, index, target);
        index = target;
        service.reorder(review().id(), ids);
    }

    private Div closing(boolean closed) {
        Div bar = new Div();
        bar.addClassName("toolbar");
        if (organizer && !closed) {
            Button close = new Button(
                    getTranslation("wrap-up.close"),
                    e -> Confirm.ask("wrap-up.close-title", "wrap-up.close-text", "wrap-up.close", () -> {
                        Actions.run(this, () -> {
                            service.closeWrapUp(review().id());
                            redraw();
                        });
                    }));
            close.setId("close-wrap-up");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(close);
        }
        if (admin && closed) {
            TextField reason = new TextField(getTranslation("wrap-up.reopen-reason"));
            reason.setId("reopen-reason");
            bar.add(
                    reason,
                    act(
                            "reopen-wrap-up",
                            "wrap-up.reopen",
                            () -> service.reopenWrapUp(review().id(), reason.getValue())));
        }
        return bar;
    }

    private Button button(String id, String key, Runnable step, boolean enabled) {
        Button button = new Button(getTranslation(key), e -> {
            step.run();
            redraw();
        });
        button.setId(id);
        button.setEnabled(enabled);
        return button;
    }

    /** A decision taken live in the plenary: recorded at once, with ten seconds to take it back. */
    private Button decision(Recommendation r, String id, Consensus consensus, Supplier<@Nullable String> reservation) {
        Consensus before = r.getConsensus();
        @Nullable String reservedBefore = r.getReservation();
        Button button = new Button(getTranslation(consensus.translationKey()), e -> {
            if (Actions.run(this, () -> service.decide(r.id(), consensus, reservation.get()))) {
                redraw();
                Notifications.undoable(
                        this,
                        getTranslation("wrap-up.decided", r.getOrderNo(), getTranslation(consensus.translationKey())),
                        () -> {
                            service.decide(r.id(), before, reservedBefore);
                            redraw();
                        });
            }
        });
        button.setId(id);
        return button;
    }

    private Button act(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> {
            Actions.run(this, () -> {
                action.run();
                redraw();
            });
        });
        button.setId(id);
        return button;
    }
}
