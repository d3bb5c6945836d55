package org.jesr.desk.evidence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jesr.desk.base.ui.chart.ChartPanel;
import org.jesr.desk.evidence.DocumentLink;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.EvidenceCitations;
import org.jesr.desk.evidence.EvidenceRef;
import org.jesr.desk.evidence.Indicator;
import org.jesr.desk.evidence.IndicatorService;
import org.jspecify.annotations.Nullable;

/** One indicator: its chart and table, where the data comes from, and what cites it. */
@Route("indicators/:id([0-9]{1,18})")
@PermitAll
class IndicatorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final IndicatorService indicators;
    private final DocumentService documents;
    private @Nullable Indicator indicator;

    IndicatorView(IndicatorService indicators, DocumentService documents) {
        this.indicators = indicators;
        this.documents = documents;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        indicator = event.getRouteParameters()
                .getLong("id")
                .flatMap(indicators::find)
                .orElse(null);
        if (indicator == null) {
            add(new Paragraph(getTranslation("indicator.not-found")));
            return;
        }
        Indicator i = indicator;
        H2 title = new H2(i.getCode() + " — " + i.getName());
        Span meta = new Span(String.join(
                " · ",
                i.getTheme() == null ? getTranslation("follow-up.no-theme") : i.getTheme(),
                getTranslation(i.getDirection().translationKey()),
                getTranslation(indicators.status(i).translationKey()),
                getTranslation("indicator.source", i.getSource() == null ? "—" : i.getSource())));
        meta.setId("indicator-meta");
        meta.addClassName("meta");
        add(title, meta, new ChartPanel("indicator-chart", IndicatorCharts.spec(i, this::getTranslation)));
        EvidenceRef ref = EvidenceRef.indicator(i.getCode());
        add(citations(indicators.citations(i.getReviewId(), ref, this::getTranslation)));
        add(DocumentLinks.box(
                this::getTranslation,
                documents,
                documents.linkedTo(i.getReviewId(), DocumentLink.indicator(i.getCode()))));
    }

    private Div citations(List<EvidenceCitations.Citation> cited) {
        Div box = new Div(new H3(getTranslation("indicator.cited-by")));
        box.setId("indicator-citations");
        if (cited.isEmpty()) {
            box.add(new Paragraph(getTranslation("indicator.cited-by.none")));
        }
        for (EvidenceCitations.Citation c : cited) {
            Div row = new Div();
            row.addClassName("finding");
            row.add(c.route() == null ? new Span(c.source()) : new Anchor(c.route(), c.source()), new Span(c.text()));
            box.add(row);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return indicator == null ? getTranslation("nav.indicators") : indicator.getCode() + " — " + indicator.getName();
    }
}
