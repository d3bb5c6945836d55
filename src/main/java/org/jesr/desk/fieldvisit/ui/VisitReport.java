package org.jesr.desk.fieldvisit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.List;
import org.jesr.desk.fieldvisit.Site;
import org.jesr.desk.fieldvisit.VisitFigures;

/**
 * What the visit's sites add up to, and where they are: the figures the aide-memoire's findings
 * quote, then where the sites are: on a map while online, and always as a plain list.
 */
class VisitReport extends Div {

    VisitReport(VisitFigures figures, List<Site> sites, MapTiles tiles) {
        setId("visit-report");
        add(new H3(getTranslation("visit.report")));
        if (figures.sites() == 0) {
            Paragraph none = new Paragraph(getTranslation("visit.report.empty"));
            none.setId("visit-report-empty");
            add(none);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("visit.report.summary", figures.sites(), figures.schools()));
        summary.setId("visit-report-summary");
        UnorderedList lines = new UnorderedList();
        lines.setId("visit-report-figures");
        figures.lines(this::getTranslation, getLocale()).forEach(line -> lines.add(new ListItem(line)));
        UnorderedList places = new UnorderedList();
        places.setId("visit-report-sites");
        NumberFormat degrees = NumberFormat.getNumberInstance(getLocale());
        degrees.setMaximumFractionDigits(5);
        for (Site site : sites) {
            String where = site.getLatitude() == null || site.getLongitude() == null
                    ? getTranslation("visit.report.no-position")
                    : degrees.format(site.getLatitude()) + ", " + degrees.format(site.getLongitude());
            places.add(new ListItem(getTranslation(
                    "visit.report.site",
                    site.getName(),
                    site.getDistrict(),
                    getTranslation(site.getKind().translationKey()),
                    where)));
        }
        add(summary, lines, new Paragraph(getTranslation("visit.report.where")), new SiteMap(sites, tiles), places);
    }
}
