package org.jesr.desk.evidence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.base.ui.Tabbed;
import org.jesr.desk.base.ui.chart.Chart;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends KaribuTest {

    @Test
    void each_indicator_chart_has_a_table_with_the_same_figures() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate(DashboardView.class);

        List<Button> tiles = _find(Button.class, spec -> spec.withClasses("theme-tile"));
        assertThat(tiles)
                .extracting(Button::getText)
                .anySatisfy(t -> assertThat(t)
                        .startsWith("Access & Equity — ")
                        .contains("On track: 4", "Off track: 3", "No data: 1"));
        _click(tiles.stream()
                .filter(t -> t.getText().startsWith("Access & Equity"))
                .findFirst()
                .orElseThrow());

        NativeTable a1 = _get(NativeTable.class, spec -> spec.withId("chart-a1-table"));
        assertThat(rows(a1))
                .contains(
                        List.of("", "Target path", "Actual", "Actual, boys", "Actual, girls"),
                        List.of("2025", "64", "63", "69", "57"),
                        List.of("2026", "66", "—", "—", "—"));
        String option = _get(Chart.class, spec -> spec.withId("chart-a1-chart"))
                .getElement()
                .getProperty("option");
        assertThat(option).contains("\"type\":\"dashed\"").contains("[58.0,").contains("\"renderMode\":\"richText\"");
    }

    @Test
    void the_finance_tables_show_execution_and_disbursement_rates() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate(DashboardView.class);
        _get(Tabbed.class, spec -> spec.withId("dashboard-tabs")).setSelectedIndex(1);

        assertThat(rows(_get(NativeTable.class, spec -> spec.withId("finance-spending-table"))))
                .contains(List.of("Early childhood education", "7,400", "5,300", "72%"));
        assertThat(rows(_get(NativeTable.class, spec -> spec.withId("finance-commitment-table"))))
                .contains(List.of("World Bank", "60", "48.5", "81%"));
        assertThat(rows(_get(NativeTable.class, spec -> spec.withId("finance-funding-table"))))
                .anySatisfy(row -> assertThat(row.getFirst()).isEqualTo("Government of Sindh"));
    }

    @Test
    void the_french_dashboard_labels_the_series_in_french() {
        login("observer", Role.OBSERVER);
        useLanguage(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(rows(_get(NativeTable.class, spec -> spec.withId("chart-a1-table")))
                        .getFirst())
                .containsExactly("", "Trajectoire cible", "Réalisé", "Réalisé, garçons", "Réalisé, filles");
    }

    /** The table as a person reads it: header row first, then one list of cell texts per row. */
    static List<List<String>> rows(NativeTable table) {
        return table.getElement()
                .getChildren()
                .filter(section ->
                        section.getTag().equals("thead") || section.getTag().equals("tbody"))
                .flatMap(Element::getChildren)
                .map(row -> row.getChildren().map(Element::getText).toList())
                .toList();
    }
}
