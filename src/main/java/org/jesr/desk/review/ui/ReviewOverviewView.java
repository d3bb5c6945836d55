package org.jesr.desk.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import org.jesr.desk.base.DayGlance;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.SetupStep;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/**
 * The landing screen: which review this is, where and when, for every role; for organizers, the
 * checklist of what is still to prepare.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.overview")
class ReviewOverviewView extends ReviewPage<Review> {

    ReviewOverviewView(
            ReviewService reviews, List<SetupStep> steps, List<DayGlance> glances, AuthenticationContext auth) {
        super("nav.overview", reviews.current());
        setId("overview");
        if (!noReview()) {
            // Each role's start of the day first; the review's settings read back after it.
            add(new DayAtAGlance(review(), glances));
            show(review());
        }
        if (auth.hasRole(AppRoles.ORGANIZER)) {
            // The checklist is the way in before any review exists, so it is shown without one too.
            add(new SetupChecklist(noReview() ? null : review(), steps));
        }
    }

    private void show(Review review) {
        H2 title = new H2(review.getName());
        title.setId("overview-title");
        String dates = getTranslation(
                "review.dates-range",
                Formats.date(review.startDate(), getLocale()),
                Formats.date(review.endDate(), getLocale()));
        Div facts = new Div(
                fact("review.country", review.getCountryOrProvince()),
                fact("review.dates", dates),
                fact("review.venue", review.getVenue()),
                fact("review.time-zone", Formats.zone(review.zone(), Instant.now())),
                fact("review.sector-plan", review.getSectorPlan()));
        facts.addClassName("facts");
        add(title, facts, new Paragraph(getTranslation("review.overview-intro")));
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, new Span(value));
        fact.addClassName("fact");
        return fact;
    }
}
