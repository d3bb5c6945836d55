package org.jesr.desk.evidence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jesr.desk.base.Translator;
import org.jesr.desk.evidence.DocumentDownload;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.LibraryDocument;

/** The list of documents linked to an indicator, on its page. */
final class DocumentLinks {

    private DocumentLinks() {}

    /** The "Documents" box of an indicator's page. */
    static Div box(Translator t, DocumentService documents, List<LibraryDocument> linked) {
        Div box = new Div(new H3(t.t("document.linked")));
        box.setId("linked-documents");
        if (linked.isEmpty()) {
            box.add(new Paragraph(t.t("document.linked.none")));
        }
        linked.forEach(d -> box.add(new Div(DocumentDownload.anchor(documents, d))));
        return box;
    }
}
