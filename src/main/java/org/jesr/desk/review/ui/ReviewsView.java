package org.jesr.desk.review.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.CurrentReviewChanged;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.Page;
import org.jesr.desk.review.NextReview;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewRecords;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** Every review of the instance over the years: choose the current one, archive, start next year's. */
@Route("reviews")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 89, icon = "vaadin:archive", title = "nav.reviews")
class ReviewsView extends Page {

    private final ReviewService reviews;
    private final Div list = new Div();

    ReviewsView(ReviewService reviews) {
        super("nav.reviews");
        this.reviews = reviews;
        Button create = new Button(
                getTranslation("reviews.new"),
                VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("settings", QueryParameters.of("new", "1")));
        create.setId("new-review");
        Div bar = new Div(create);
        bar.addClassName("toolbar");
        list.setId("review-list");
        add(new Paragraph(getTranslation("reviews.intro")), bar, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        Long current = reviews.current().map(Review::getId).orElse(null);
        for (Review review : reviews.all()) {
            list.add(card(review, review.id().equals(current)));
        }
    }

    private Div card(Review review, boolean current) {
        String id = "review-" + review.getId();
        Div card = new Div(new H3(review.getName()));
        card.setId(id);
        card.addClassName("room-column");
        card.add(new Paragraph(getTranslation(
                "reviews.line",
                review.getCountryOrProvince(),
                String.valueOf(review.getYear()),
                getTranslation(
                        "review.dates-range",
                        Formats.date(review.startDate(), getLocale()),
                        Formats.date(review.endDate(), getLocale())))));
        if (current || review.isArchived()) {
            Span state = new Span(getTranslation(current ? "reviews.current" : "reviews.archived"));
            state.getElement().getThemeList().add(current ? "badge success" : "badge contrast");
            state.setId(id + "-state");
            card.add(new Div(state));
        }
        Div actions = new Div();
        actions.addClassName("toolbar");
        if (!current && !review.isArchived()) {
            actions.add(
                    button(id + "-current", "reviews.make-current", () -> switchTo(reviews.makeCurrent(review.id()))));
        }
        actions.add(button(
                id + "-next",
                "reviews.next",
                () -> new NextReviewDialog(review, next -> startNext(review, next)).open()));
        if (review.isArchived()) {
            actions.add(button(
                    id + "-unarchive", "reviews.unarchive", () -> act(() -> reviews.setArchived(review.id(), false))));
        } else {
            actions.add(button(
                    id + "-archive",
                    "reviews.archive",
                    () -> Confirm.ask(
                            "reviews.archive-title",
                            "reviews.archive-text",
                            "reviews.archive",
                            () -> act(() -> reviews.setArchived(review.id(), true)),
                            review.getName())));
        }
        card.add(actions, new PublicPagePanel(review, reviews, false), files(review, id));
        return card;
    }

    /** The review's files, fetched when opened: the aide-memoire and the library stay downloadable when archived. */
    private Details files(Review review, String id) {
        Details files = new Details(getTranslation("reviews.files"));
        files.setId(id + "-files");
        files.addOpenedChangeListener(e -> {
            if (e.isOpened() && files.getContent().findAny().isEmpty()) {
                var records = reviews.records(review.id(), getLocale());
                if (records.isEmpty()) {
                    files.add(new Paragraph(getTranslation("reviews.no-files")));
                }
                records.forEach(r -> files.add(new Div(download(r))));
            }
        });
        return files;
    }

    private static Anchor download(ReviewRecords.Record record) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = record.content().get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), record.fileName(), record.mimeType(), bytes.length);
                }),
                record.label());
        anchor.setDownload(true);
        return anchor;
    }

    private boolean startNext(Review from, NextReview next) {
        return Actions.run(this, () -> {
            switchTo(reviews.startNext(from.id(), next));
            Notifications.success(this, "reviews.next-started", next.name());
        });
    }

    private void switchTo(Review review) {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new CurrentReviewChanged(ui, review.getName()));
        refresh();
    }

    private void act(Runnable change) {
        Actions.run(this, () -> {
            change.run();
            reviews.current()
                    .ifPresent(r -> ComponentUtil.fireEvent(
                            UI.getCurrent(), new CurrentReviewChanged(UI.getCurrent(), r.getName())));
            refresh();
        });
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
