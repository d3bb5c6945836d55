package org.jesr.desk.evidence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class IndicatorViewTest extends KaribuTest {

    @Test
    void an_indicator_page_shows_its_status_its_table_and_the_findings_citing_it() {
        login("organizer", Role.ORGANIZER);
        long reviewId =
                context.getBean(ReviewService.class).current().orElseThrow().getId();
        long a3 = context.getBean(IndicatorService.class)
                .findByCode(reviewId, "A3")
                .orElseThrow()
                .getId();

        UI.getCurrent().navigate("indicators/" + a3);

        assertThat(_get(Span.class, spec -> spec.withId("indicator-meta")).getText())
                .contains("Access & Equity", "Higher is better", "Off track");
        assertThat(DashboardViewTest.rows(_get(NativeTable.class, spec -> spec.withId("indicator-chart-table"))))
                .isNotEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("indicator-citations"))
                        .getElement()
                        .getTextRecursively())
                .contains("Finding, Working group: Access & Equity")
                .contains("Girls' transition to middle school (48%)");
    }

    @Test
    void a_malformed_id_is_an_ordinary_page_not_found_not_a_java_error() {
        login("observer", Role.OBSERVER);
        for (String path : java.util.List.of("indicators/abc", "indicators/99999999999999999999", "indicators/1e3")) {
            UI.getCurrent().navigate(path);
            String page = UI.getCurrent().getElement().getTextRecursively();
            assertThat(page).as(path).doesNotContain("Exception", "For input string");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                    .as(path)
                    .noneMatch(IndicatorView.class::isInstance);
        }
    }
}
