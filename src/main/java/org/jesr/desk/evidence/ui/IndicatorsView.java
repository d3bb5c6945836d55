package org.jesr.desk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.stream.Collectors;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ImportDialog;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.evidence.Indicator;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.evidence.IndicatorValue;
import org.jesr.desk.evidence.ValueKind;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** The performance report's indicators, each with its latest actual, target and status. */
@Route("indicators")
@PermitAll
@Menu(order = 7.8, icon = "vaadin:chart", title = "nav.indicators")
class IndicatorsView extends ReviewPage<Review> {

    private final IndicatorService indicators;
    private final CardList<Indicator> grid = new CardList<>("indicator-grid", this::card);
    private final Div tiles = new Div();

    IndicatorsView(ReviewService reviews, IndicatorService indicators, AuthenticationContext auth) {
        super("nav.indicators", reviews.current());
        this.indicators = indicators;
        if (noReview()) {
            return;
        }
        tiles.setId("indicator-tiles");
        tiles.addClassName("counts");
        grid.onOpen(i -> getUI().ifPresent(ui -> ui.navigate("indicators/" + i.getId())));
        Div bar = new Div(tiles);
        bar.addClassName("toolbar");
        boolean organizer = auth.hasRole(AppRoles.ORGANIZER);
        grid.setEmptyStateText(
                organizer
                        ? EmptyList.say(this, false, "indicator.empty-organizer", "indicator.import")
                        : EmptyList.say(this, false, "indicator.empty"));
        if (organizer) {
            Button importCsv = new Button(
                    getTranslation("indicator.import"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(EvidenceImports.indicators(indicators, review().id()), this::refresh).open());
            importCsv.setId("import-indicators");
            bar.add(importCsv);
        }
        add(bar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(indicators.list(review().id()));
        tiles.removeAll();
        indicators.statusByTheme(review().id()).forEach((theme, counts) -> {
            Span tile = new Span((theme.isEmpty() ? getTranslation("follow-up.no-theme") : theme) + " — "
                    + counts.entrySet().stream()
                            .map(e -> getTranslation(
                                    "label.value", getTranslation(e.getKey().translationKey()), e.getValue()))
                            .collect(Collectors.joining(", ")));
            tile.addClassName("count-badge");
            tiles.add(tile);
        });
    }

    private CardList.Card card(Indicator i) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        return CardList.Card.of(
                i.getCode() + " — " + i.getName(),
                getTranslation(indicators.status(i).translationKey()),
                "",
                CardList.join(
                        i.getTheme(),
                        getTranslation(
                                "label.value",
                                getTranslation("indicator.actual"),
                                i.latestActualYear()
                                        .map(y -> number.format(i.value(y, ValueKind.ACTUAL, IndicatorValue.TOTAL)
                                                        .orElseThrow())
                                                + " " + i.getUnit() + " (" + y + ")")
                                        .orElse("—")),
                        getTranslation(
                                "label.value",
                                getTranslation("indicator.target"),
                                i.latestActualYear()
                                        .flatMap(y -> i.value(y, ValueKind.TARGET, IndicatorValue.TOTAL))
                                        .map(t -> number.format(t) + " " + i.getUnit())
                                        .orElse("—"))));
    }
}
