package org.jesr.desk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jesr.desk.base.ui.ImportDialog;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.base.ui.Tabbed;
import org.jesr.desk.base.ui.chart.ChartPanel;
import org.jesr.desk.evidence.FinanceService;
import org.jesr.desk.evidence.Indicator;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.evidence.IndicatorStatus;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/**
 * The evidence at a glance: a tile per theme (on track, off track, no data), the charts of
 * the chosen theme's indicators, and the financial report's charts, each with its table.
 */
@Route("dashboard")
@PermitAll
@Menu(order = 7.7, icon = "vaadin:dashboard", title = "nav.dashboard")
class DashboardView extends ReviewPage<Review> {

    private final IndicatorService indicators;
    private final Div tiles = new Div();
    private final Div charts = new Div();
    private String theme = "";

    DashboardView(
            ReviewService reviews, IndicatorService indicators, FinanceService finances, AuthenticationContext auth) {
        super("nav.dashboard", reviews.current());
        this.indicators = indicators;
        if (noReview()) {
            return;
        }
        tiles.setId("theme-tiles");
        tiles.addClassName("counts");
        charts.setId("indicator-charts");
        charts.addClassName("chart-grid");
        Map<String, Map<IndicatorStatus, Long>> byTheme = indicators.statusByTheme(review().id());
        theme = byTheme.keySet().stream().findFirst().orElse("");
        byTheme.forEach((name, counts) -> tiles.add(tile(name, counts)));

        Div financeTab = new Div();
        if (auth.hasRole(AppRoles.ORGANIZER)) {
            Button importReport = new Button(
                    getTranslation("finance.import"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(EvidenceImports.finances(finances, review().id()), () -> {
                                financeTab.getChildren().skip(1).toList().forEach(financeTab::remove);
                                financeTab.add(new FinanceCharts(finances, review().id()));
                            })
                            .open());
            importReport.setId("import-finances");
            financeTab.add(importReport);
        }
        financeTab.add(new FinanceCharts(finances, review().id()));
        Tabbed tabs = new Tabbed("dashboard-tabs");
        tabs.add(getTranslation("dashboard.performance"), new Div(tiles, charts));
        tabs.add(getTranslation("dashboard.finances"), financeTab);
        tabs.setWidthFull();
        add(tabs);
        showTheme(theme);
    }

    private Button tile(String name, Map<IndicatorStatus, Long> counts) {
        String label = (name.isEmpty() ? getTranslation("follow-up.no-theme") : name) + " — "
                + counts.entrySet().stream()
                        .map(e -> getTranslation(
                                "label.value", getTranslation(e.getKey().translationKey()), e.getValue()))
                        .collect(Collectors.joining(", "));
        Button tile = new Button(label, e -> showTheme(name));
        tile.addClassName("theme-tile");
        tile.getElement().setAttribute("data-theme", name);
        return tile;
    }

    private void showTheme(String name) {
        theme = name;
        tiles.getChildren().forEach(c -> {
            boolean selected = Objects.equals(c.getElement().getAttribute("data-theme"), name);
            ((Button) c).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (selected) {
                ((Button) c).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        charts.removeAll();
        for (Indicator i : indicators.list(review().id())) {
            if (Objects.equals(i.getTheme() == null ? "" : i.getTheme(), name)) {
                ChartPanel panel = new ChartPanel(
                        "chart-" + i.getCode().toLowerCase(Locale.ROOT), IndicatorCharts.spec(i, this::getTranslation));
                panel.add(new Anchor("indicators/" + i.getId(), getTranslation("dashboard.open-indicator")));
                charts.add(panel);
            }
        }
    }
}
