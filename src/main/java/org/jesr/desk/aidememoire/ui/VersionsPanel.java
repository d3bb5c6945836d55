package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.jesr.desk.aidememoire.ParagraphChange;
import org.jesr.desk.base.Formats;
import org.jsoup.Jsoup;

/** The frozen versions, and a paragraph-by-paragraph comparison of any two. */
class VersionsPanel extends Details {

    VersionsPanel(AideMemoireService service, long aideMemoireId, ZoneId zone) {
        setSummaryText(getTranslation("aide-memoire.versions"));
        setId("aide-memoire-versions");
        List<AideMemoireVersion> versions = service.versions(aideMemoireId);
        Select<AideMemoireVersion> older = select("compare-older", versions, zone);
        Select<AideMemoireVersion> newer = select("compare-newer", versions, zone);
        if (versions.size() >= 2) {
            older.setValue(versions.get(versions.size() - 2));
            newer.setValue(versions.getLast());
        }
        Div result = new Div();
        result.setId("compare-result");
        Button compare = new Button(getTranslation("aide-memoire.compare"), e -> {
            result.removeAll();
            if (older.getValue() == null || newer.getValue() == null) {
                return;
            }
            List<ParagraphChange> changes = service.compare(older.getValue().getId(), newer.getValue().getId());
            if (changes.isEmpty()) {
                result.add(new Paragraph(getTranslation("aide-memoire.compare.none")));
            }
            for (ParagraphChange c : changes) {
                Div row = new Div(new Paragraph(getTranslation("aide-memoire.change." + c.kind().name().toLowerCase(java.util.Locale.ROOT),
                        c.oldNumber() == null ? "" : c.oldNumber(), c.newNumber() == null ? "" : c.newNumber())));
                row.addClassName("finding");
                if (c.oldHtml() != null) {
                    row.add(new Paragraph("− " + Jsoup.parse(c.oldHtml()).text()));
                }
                if (c.newHtml() != null) {
                    row.add(new Paragraph("+ " + Jsoup.parse(c.newHtml()).text()));
                }
                result.add(row);
            }
        });
        compare.setId("compare-versions");
        add(new Div(older, newer, compare), result);
    }

    private Select<AideMemoireVersion> select(String id, List<AideMemoireVersion> versions, ZoneId zone) {
        Select<AideMemoireVersion> select = new Select<>();
        select.setId(id);
        select.setItems(versions);
        select.setItemLabelGenerator(v -> getTranslation("aide-memoire.version-label", v.getNumber(),
                getTranslation(v.getStatus().translationKey()), Formats.dateTime(v.getFrozenAt(), zone, getLocale())));
        return select;
    }
}
