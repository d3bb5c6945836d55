package org.jesr.desk.stakeholder.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.BoundedUpload;
import org.jesr.desk.base.ui.UploadTexts;
import org.jesr.desk.evidence.DocumentDownload;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.stakeholder.Obligation;
import org.jesr.desk.stakeholder.ObligationService;
import org.jesr.desk.stakeholder.ObligationStatus;
import org.jesr.desk.stakeholder.Submission;
import org.jesr.desk.stakeholder.SubmissionKind;

/** One obligation: what has been handed in, a way to hand in more, and (for organizers) its status. */
class SubmissionDialog extends Dialog {

    SubmissionDialog(
            ObligationService obligations,
            DocumentService documents,
            Obligation obligation,
            boolean organizer,
            Runnable onChanged) {
        setId("submission-dialog");
        setHeaderTitle(obligation.getTitle());
        setWidth("min(40em, 95vw)");
        Div list = new Div(new H3(getTranslation("submission.list")));
        list.setId("submission-list");
        if (obligation.getSubmissions().isEmpty()) {
            list.add(new Paragraph(getTranslation("submission.none")));
        }
        for (Submission s : obligation.getSubmissions()) {
            Div row = new Div(new Span(getTranslation(s.kind().translationKey()) + " · " + s.submittedBy() + " "));
            row.addClassName("finding");
            if (s.text() != null) {
                row.add(new Paragraph(s.text()));
            }
            if (s.documentId() != null) {
                documents.find(s.documentId()).ifPresent(d -> row.add(DocumentDownload.anchor(documents, d)));
            }
            list.add(row);
        }
        add(list);

        TextArea text = new TextArea(getTranslation("submission.text"));
        text.setId("submission-text");
        text.setMaxLength(ObligationService.TEXT_MAX);
        text.setWidthFull();
        Button sendText = new Button(
                getTranslation("submission.send-text"),
                e -> apply(() -> obligations.submitText(obligation.id(), text.getValue()), onChanged));
        sendText.setId("submission-send-text");
        Select<SubmissionKind> kind = new Select<>();
        kind.setLabel(getTranslation("submission.kind"));
        kind.setItems(SubmissionKind.DOCUMENT, SubmissionKind.DATA_FILE);
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(SubmissionKind.DOCUMENT);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(BoundedUpload.inMemory(
                documents.maxBytes(),
                (fileName, bytes) -> apply(
                        () -> obligations.submitFile(obligation.id(), kind.getValue(), fileName, bytes), onChanged)));
        upload.setId("submission-file");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) documents.maxBytes());
        add(new H3(getTranslation("submission.add")), text, sendText, kind, upload);

        if (organizer) {
            Select<ObligationStatus> status = new Select<>();
            status.setId("obligation-status");
            status.setLabel(getTranslation("agenda.status"));
            status.setItems(ObligationStatus.values());
            status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
            status.setValue(obligation.getStatus());
            status.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    apply(() -> obligations.setStatus(obligation.id(), e.getValue()), onChanged);
                }
            });
            add(status);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void apply(Runnable change, Runnable onChanged) {
        Actions.run(this, () -> {
            change.run();
            onChanged.run();
            close();
        });
    }
}
