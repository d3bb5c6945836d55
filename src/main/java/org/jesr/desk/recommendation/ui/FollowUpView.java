package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ImportDialog;
import org.jesr.desk.base.ui.ImportSpec;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.recommendation.FollowUpStatus;
import org.jesr.desk.recommendation.PreviousRecommendationsImport;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** What became of last year's agreed recommendations, as each responsible body reports it. */
@Route("follow-up")
@PermitAll
@Menu(order = 9.5, icon = "vaadin:chart-timeline", title = "nav.follow-up")
class FollowUpView extends ReviewPage<Review> {

    private final RecommendationService service;
    private final boolean reporter;

    FollowUpView(
            ReviewService reviews,
            RecommendationService service,
            ThemeService themes,
            AuthenticationContext auth,
            PreviousRecommendationsImport importer) {
        super("nav.follow-up", reviews.current());
        this.service = service;
        this.reporter = auth.hasAnyRole(AppRoles.ORGANIZER, AppRoles.CONTRIBUTOR);
        if (noReview()) {
            return;
        }
        Review current = review();
        Review previous = reviews.previous(current).orElse(null);
        boolean canImport = auth.hasRole(AppRoles.ORGANIZER) && importer.allowed(current.id());
        if (previous == null) {
            Paragraph none = new Paragraph(
                    canImport
                            ? EmptyList.say(this, false, "follow-up.none-organizer", "follow-up.import")
                            : getTranslation("follow-up.none"));
            none.setId("follow-up-none");
            add(none);
        }
        if (canImport) {
            Button importFile = new Button(
                    getTranslation("follow-up.import"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(
                                    importSpec(importer, current.id()),
                                    () -> UI.getCurrent().refreshCurrentRoute(false))
                            .open());
            importFile.setId("import-previous-recommendations");
            Div bar = new Div(importFile);
            bar.addClassName("toolbar");
            add(bar);
        }
        if (previous == null) {
            return;
        }
        Map<Long, String> themeNames =
                themes.list(previous.id()).stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
        Div summary = new Div();
        summary.setId("follow-up-summary");
        service.followUpByTheme(previous.id()).forEach((themeId, counts) -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            long done = counts.getOrDefault(FollowUpStatus.COMPLETED, 0L);
            summary.add(new Div(getTranslation(
                    "follow-up.share",
                    themeNames.getOrDefault(themeId, getTranslation("follow-up.no-theme")),
                    done,
                    total,
                    total == 0 ? 0 : Math.round(100.0 * done / total))));
        });
        Div list = new Div();
        list.setId("follow-up-list");
        service.list(previous.id(), RecommendationFilter.all()).stream()
                .filter(Recommendation::isAgreed)
                .forEach(r -> list.add(row(r)));
        add(
                new Paragraph(getTranslation("follow-up.intro", previous.getName())),
                new H3(getTranslation("follow-up.summary")),
                summary,
                list);
    }

    private Div row(Recommendation r) {
        Span text = new Span(r.getOrderNo() + ". " + r.getText() + " — " + r.getResponsibleBody());
        Select<FollowUpStatus> status = new Select<>();
        status.setId("follow-up-status-" + r.getId());
        status.setAriaLabel(getTranslation("follow-up.status"));
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(r.getFollowUpStatus() == null ? FollowUpStatus.NOT_STARTED : r.getFollowUpStatus());
        TextField evidence = new TextField(getTranslation("follow-up.evidence"));
        evidence.setValue(r.getFollowUpEvidence() == null ? "" : r.getFollowUpEvidence());
        TextField comment = new TextField(getTranslation("follow-up.comment"));
        comment.setValue(r.getFollowUpComment() == null ? "" : r.getFollowUpComment());
        Div row = new Div(text);
        row.addClassName("follow-up-row");
        if (reporter) {
            Button save = new Button(getTranslation("action.save"), e -> {
                Actions.run(this, () -> {
                    service.reportFollowUp(r.id(), status.getValue(), evidence.getValue(), comment.getValue());
                    Notifications.success(this, "follow-up.saved");
                });
            });
            save.setId("follow-up-save-" + r.getId());
            Div edit = new Div(status, evidence, comment, save);
            edit.addClassName("toolbar");
            row.add(edit);
        } else {
            row.add(new Span(" · " + getTranslation(status.getValue().translationKey())));
        }
        return row;
    }

    private static ImportSpec importSpec(PreviousRecommendationsImport importer, long reviewId) {
        return new ImportSpec(
                "follow-up.import",
                PreviousRecommendationsImport.CSV_COLUMNS,
                "follow-up.import-values",
                List.of(
                        "Access & Equity",
                        "Notify the school consolidation policy and publish the list of merged schools",
                        "School Education and Literacy Department",
                        "By June 2026",
                        "IN_PROGRESS",
                        "Notification of 12 March 2026",
                        "List shared with districts, not yet published"),
                "follow-up.import-done",
                in -> importer.importFile(reviewId, in));
    }
}
