package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jesr.desk.aidememoire.AideMemoireExports;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.jesr.desk.aidememoire.ParagraphChange;
import org.jesr.desk.base.Formats;
import org.jsoup.Jsoup;

/** The frozen versions with their PDF and Word files, and a paragraph-by-paragraph comparison of any two. */
class VersionsPanel extends Details {

    VersionsPanel(AideMemoireService service, AideMemoireExports exports, long aideMemoireId, ZoneId zone) {
        setSummaryText(getTranslation("aide-memoire.versions"));
        setId("aide-memoire-versions");
        List<AideMemoireVersion> versions = service.versions(aideMemoireId);
        Div downloads = new Div();
        downloads.setId("version-downloads");
        for (AideMemoireVersion v : versions) {
            Div row = new Div(new Span(getTranslation(
                            "aide-memoire.version-label",
                            v.getNumber(),
                            getTranslation(v.getStatus().translationKey()),
                            Formats.dateTime(v.getFrozenAt(), zone, getLocale()))
                    + "  "));
            row.addClassName("toolbar");
            // Official: each file is made wholly in the version's own language, named here in itself.
            String in = " (" + Locale.of(v.getLanguage()).getDisplayLanguage(Locale.of(v.getLanguage())) + ")";
            String name = "-v" + v.getNumber() + "-" + v.getLanguage();
            row.add(download(
                    "PDF" + in,
                    "aide-memoire" + name + ".pdf",
                    "application/pdf",
                    () -> exports.pdf(v.id()),
                    "download-pdf-" + v.getNumber()));
            row.add(download(
                    "Word" + in,
                    "aide-memoire" + name + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    () -> exports.docx(v.id()),
                    "download-docx-" + v.getNumber()));
            if (v.getStatus() == AideMemoireStatus.VALIDATED || v.getStatus() == AideMemoireStatus.FINAL) {
                row.add(download(
                        getTranslation("am-pack.download") + in,
                        "ministerial-pack" + name + ".pdf",
                        "application/pdf",
                        () -> exports.pack(v.id()),
                        "download-pack-" + v.getNumber()));
            }
            downloads.add(row);
        }
        add(downloads);
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
            List<ParagraphChange> changes =
                    service.compare(older.getValue().id(), newer.getValue().id());
            if (changes.isEmpty()) {
                result.add(new Paragraph(getTranslation("aide-memoire.compare.none")));
            }
            for (ParagraphChange c : changes) {
                Div row = new Div(new Paragraph(getTranslation(
                        c.kind().translationKey(),
                        c.oldNumber() == null ? "" : c.oldNumber(),
                        c.newNumber() == null ? "" : c.newNumber())));
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

    private static Anchor download(String label, String fileName, String type, Supplier<byte[]> bytes, String id) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] content = bytes.get();
                    return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
                }),
                AttachmentType.DOWNLOAD,
                label);
        anchor.setId(id);
        anchor.addClassName("button-link");
        return anchor;
    }

    private Select<AideMemoireVersion> select(String id, List<AideMemoireVersion> versions, ZoneId zone) {
        Select<AideMemoireVersion> select = new Select<>();
        select.setId(id);
        select.setItems(versions);
        select.setItemLabelGenerator(v -> getTranslation(
                "aide-memoire.version-label",
                v.getNumber(),
                getTranslation(v.getStatus().translationKey()),
                Formats.dateTime(v.getFrozenAt(), zone, getLocale())));
        return select;
    }
}
