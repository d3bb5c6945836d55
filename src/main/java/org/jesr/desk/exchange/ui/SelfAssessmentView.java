package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.base.Countries;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.exchange.Criterion;
import org.jesr.desk.exchange.DelegationService;
import org.jesr.desk.exchange.EvidenceSuggestion;
import org.jesr.desk.exchange.SelfAssessment;
import org.jesr.desk.exchange.SelfAssessmentService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/**
 * The JSR self-assessment: organizers rate the host review (with evidence suggested from its
 * data), a delegation rates its home review, and everyone in the exchange compares them.
 */
@Route("self-assessment")
@RolesAllowed({AppRoles.ORGANIZER, AppRoles.OBSERVER})
@Menu(order = 9.8, icon = "vaadin:scale", title = "nav.self-assessment")
class SelfAssessmentView extends ReviewPage<Review> {

    SelfAssessmentView(
            ReviewService reviews,
            SelfAssessmentService selfAssessments,
            DelegationService delegations,
            AuthenticationContext auth) {
        super("nav.self-assessment", reviews.current());
        if (noReview()) {
            return;
        }
        SelfAssessment mine;
        Map<Criterion, EvidenceSuggestion> suggestions = Map.of();
        if (auth.hasRole(AppRoles.ORGANIZER)) {
            mine = selfAssessments.host(review().id());
            suggestions = selfAssessments.suggestions(review().id()).stream()
                    .collect(Collectors.toMap(EvidenceSuggestion::criterion, s -> s));
        } else {
            mine = delegations
                    .mine(review().id())
                    .map(d -> selfAssessments.forDelegation(d.id()))
                    .orElse(null);
        }
        if (mine != null) {
            add(
                    new H3(
                            mine.isHost()
                                    ? getTranslation("self-assessment.host")
                                    : Countries.name(mine.getCountry(), getLocale())),
                    new RatingForm(selfAssessments, mine, suggestions));
        }
        List<SelfAssessment> all = selfAssessments.assessments(review().id());
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = selfAssessments.comparisonPdf(
                            review().id(), getLocale().getLanguage());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "jsr-self-assessments.pdf",
                            "application/pdf",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("self-assessment.pdf"));
        pdf.setId("self-assessment-pdf");
        pdf.addClassName("button-link");
        add(new H3(getTranslation("self-assessment.compare")), new ComparisonTable(all), pdf);
    }
}
