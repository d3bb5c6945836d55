package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.jesr.desk.aidememoire.CommentResolution;
import org.jesr.desk.aidememoire.ConsultationService;
import org.jesr.desk.aidememoire.ParagraphComment;
import org.jesr.desk.base.ui.Actions;

/** The secretariat's answer to one comment: accepted, partly or not, and why. */
class AnswerDialog extends Dialog {

    AnswerDialog(ConsultationService consultation, ParagraphComment comment, Runnable onSaved) {
        setId("answer-dialog");
        setHeaderTitle(getTranslation("am-comment.line", comment.getParagraphNumber(), comment.getAuthor(), ""));
        RadioButtonGroup<CommentResolution> resolution = new RadioButtonGroup<>();
        resolution.setId("answer-resolution");
        resolution.setItems(CommentResolution.values());
        resolution.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        resolution.setValue(comment.getResolution());
        TextArea reply = new TextArea(getTranslation("am-comment.answer"));
        reply.setId("answer-reply");
        reply.setMaxLength(ParagraphComment.REPLY_MAX);
        reply.setWidthFull();
        reply.setValue(comment.getReply() == null ? "" : comment.getReply());
        add(new Paragraph(comment.getBody()), resolution, reply);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (resolution.getValue() == null) {
                resolution.setInvalid(true);
                resolution.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            Actions.run(this, () -> {
                consultation.resolve(comment.id(), resolution.getValue(), reply.getValue());
                onSaved.run();
                close();
            });
        });
        save.setId("answer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
