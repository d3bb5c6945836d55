package org.jesr.desk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jesr.desk.base.ui.ErrorMessages;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** The secretariat sets up the review: name, dates, venue, time zone and languages. */
@Route("settings")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 90, icon = "vaadin:cog", title = "nav.settings")
class ReviewSettingsView extends Main implements HasDynamicTitle {

    private final ReviewService reviews;
    private final ReviewForm form = new ReviewForm();
    private Review review;

    ReviewSettingsView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("page");
        review = reviews.current().orElseGet(Review::new);
        form.edit(review);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-review");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    private void save() {
        if (!form.isValid()) {
            return;
        }
        try {
            review = reviews.save(review);
            form.edit(review);
            ErrorMessages.success(this, "review.saved");
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings");
    }
}
