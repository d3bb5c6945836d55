package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.jesr.desk.aidememoire.ConsultationService;
import org.jesr.desk.aidememoire.ParagraphComment;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.ComponentTexts;

/** Comments on the numbered paragraphs of the version in circulation, with the secretariat's answers. */
class CommentsPanel extends Details {

    CommentsPanel(
            ConsultationService consultation,
            AideMemoireVersion version,
            boolean open,
            boolean organizer,
            Runnable onChanged) {
        setSummaryText(getTranslation("am-comment.title") + " — v" + version.getNumber());
        setId("aide-memoire-comments");
        setOpened(open);
        Div list = new Div();
        list.setId("comment-list");
        var comments = consultation.comments(version.id());
        if (comments.isEmpty()) {
            list.add(new Paragraph(getTranslation("am-comment.none")));
        }
        for (ParagraphComment c : comments) {
            Div row = new Div(new Paragraph(
                    getTranslation("am-comment.line", c.getParagraphNumber(), c.getAuthor(), c.getBody())));
            row.addClassName("finding");
            if (c.getResolution() != null) {
                Paragraph answer = new Paragraph(getTranslation(
                        "am-comment.answered",
                        getTranslation(c.getResolution().translationKey()),
                        c.getReply() == null ? "" : c.getReply()));
                answer.addClassName("meta");
                row.add(answer);
            }
            if (organizer && open) {
                Button answer = new Button(
                        getTranslation("am-comment.answer"), e -> new AnswerDialog(consultation, c, onChanged).open());
                answer.setId("answer-comment-" + c.getId());
                answer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(answer);
            }
            list.add(row);
        }
        add(list);
        if (open) {
            IntegerField paragraph = new IntegerField(getTranslation("am-comment.paragraph"));
            paragraph.setId("comment-paragraph");
            paragraph.setMin(1);
            paragraph.setMax(version.getParagraphs().size());
            ComponentTexts.localize(paragraph);
            paragraph.setStepButtonsVisible(true);
            TextArea text = new TextArea(getTranslation("am-comment.text"));
            text.setId("comment-text");
            text.setMaxLength(ParagraphComment.BODY_MAX);
            text.setWidthFull();
            Button send = new Button(getTranslation("am-comment.send"), e -> {
                Actions.run(this, () -> {
                    consultation.comment(
                            version.id(), paragraph.getValue() == null ? 0 : paragraph.getValue(), text.getValue());
                    onChanged.run();
                });
            });
            send.setId("comment-send");
            add(new Div(paragraph, text, send));
        }
    }
}
