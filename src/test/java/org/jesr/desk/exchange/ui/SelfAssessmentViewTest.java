package org.jesr.desk.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.exchange.Criterion;
import org.jesr.desk.exchange.Maturity;
import org.jesr.desk.exchange.SelfAssessmentService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

@ChangesTheSample
class SelfAssessmentViewTest extends KaribuTest {

    @Test
    void an_organizer_accepts_the_evidence_the_data_suggests() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(SelfAssessmentView.class);

        _click(_get(Button.class, spec -> spec.withId("rating-findings-cite-evidence-accept")));

        @SuppressWarnings("unchecked")
        Select<Maturity> level = _get(Select.class, spec -> spec.withId("rating-findings-cite-evidence"));
        assertThat(level.getValue()).isEqualTo(Maturity.ADVANCED);
        long reviewId =
                context.getBean(ReviewService.class).current().orElseThrow().getId();
        assertThat(context.getBean(SelfAssessmentService.class).host(reviewId).rating(Criterion.FINDINGS_CITE_EVIDENCE))
                .get()
                .satisfies(r -> {
                    assertThat(r.maturity()).isEqualTo(Maturity.ADVANCED);
                    assertThat(r.evidence()).startsWith("Suggested from the data: 86%");
                });
    }
}
