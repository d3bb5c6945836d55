package org.jesr.desk.review.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.CurrentReviewChanged;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.Page;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** The secretariat sets up the review: name, dates, venue, time zone and languages. */
@Route("settings")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 90, icon = "vaadin:cog", title = "nav.settings")
class ReviewSettingsView extends Page implements BeforeEnterObserver {

    private final ReviewService reviews;
    private final Clock clock;
    private final ReviewForm form = new ReviewForm();
    private Review review = new Review();

    ReviewSettingsView(ReviewService reviews, Clock clock) {
        super("nav.settings");
        this.reviews = reviews;
        this.clock = clock;
    }

    /** settings?new=1 sets up another review (next province, or a review not started from the last one). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        boolean another =
                event.getLocation().getQueryParameters().getParameters().containsKey("new");
        review = another ? firstReview() : reviews.current().orElseGet(this::firstReview);
        if (review.isNew()) {
            Paragraph intro = new Paragraph(getTranslation("review.first-intro"));
            intro.setId("review-first-intro");
            add(intro);
        }
        form.edit(review);
        Button save = new Button(getTranslation(review.isNew() ? "review.create" : "action.save"), e -> save());
        save.setId("save-review");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
        if (!review.isNew()) {
            add(new PublicPagePanel(review, reviews, true));
        }
    }

    /** A new review starts in this year, so the year field is not 0. */
    private Review firstReview() {
        Review review = new Review();
        review.setYear(LocalDate.now(clock).getYear());
        return review;
    }

    private void save() {
        if (!form.isValid()) {
            return;
        }
        boolean created = review.isNew();
        Actions.run(this, () -> {
            review = reviews.save(review);
            form.edit(review);
            UI ui = UI.getCurrent();
            ComponentUtil.fireEvent(ui, new CurrentReviewChanged(ui, review.getName()));
            Notifications.success(this, created ? "review.created" : "review.saved");
            if (created) {
                // The first-run guide on the overview says what to prepare next.
                ui.navigate("");
            }
        });
    }
}
