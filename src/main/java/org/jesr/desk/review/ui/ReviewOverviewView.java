package org.jesr.desk.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jesr.desk.base.Formats;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;

/** The landing screen: which review this is, where and when, for every role. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.overview")
class ReviewOverviewView extends Main implements HasDynamicTitle {

    ReviewOverviewView(ReviewService reviews) {
        addClassName("page");
        setId("overview");
        reviews.current().ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("review.none"))));
    }

    private void show(Review review) {
        H2 title = new H2(review.getName());
        title.setId("overview-title");
        String dates = getTranslation("review.dates-range",
                Formats.date(review.getStartDate(), getLocale()), Formats.date(review.getEndDate(), getLocale()));
        Div facts = new Div(
                fact("review.country", review.getCountryOrProvince()),
                fact("review.dates", dates),
                fact("review.venue", review.getVenue()),
                fact("review.time-zone", review.getTimeZone()),
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

    @Override
    public String getPageTitle() {
        return getTranslation("nav.overview");
    }
}
