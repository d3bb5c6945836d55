package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.jesr.desk.base.Formats;
import org.jesr.desk.workinggroup.NotesRevision;

/** Every saved state of a field, newest first, each with who saved it, when, and a way back to it. */
class HistoryDialog extends Dialog {

    HistoryDialog(
            String fieldLabel,
            List<NotesRevision> revisions,
            String currentText,
            ZoneId zone,
            boolean canRestore,
            Consumer<String> onRestore) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("notes.history-of", fieldLabel));
        setWidth("min(800px, 95vw)");
        if (revisions.isEmpty()) {
            add(new Paragraph(getTranslation("notes.history-empty")));
        }
        for (NotesRevision revision : revisions) {
            Span who =
                    new Span(revision.getAuthor() + " · " + Formats.dateTime(revision.getSavedAt(), zone, getLocale()));
            who.addClassName("meta");
            Paragraph text = new Paragraph(revision.getText());
            text.getStyle().set("white-space", "pre-wrap");
            Div entry = new Div(who, text);
            entry.addClassName("revision");
            entry.setId("revision-" + revision.getId());
            Button compare = new Button(getTranslation("notes.compare"), e -> compare(revision.getText(), currentText));
            compare.setId("compare-" + revision.getId());
            entry.add(compare);
            if (canRestore) {
                Button restore = new Button(getTranslation("notes.restore"), e -> {
                    onRestore.accept(revision.getText());
                    close();
                });
                restore.setId("restore-" + revision.getId());
                entry.add(restore);
            }
            add(entry);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** The saved version beside the current text, to see what changed before restoring. */
    private void compare(String saved, String current) {
        Dialog dialog = new Dialog();
        dialog.setId("compare-dialog");
        dialog.setHeaderTitle(getTranslation("notes.compare"));
        dialog.setWidth("min(1000px, 95vw)");
        TextArea then = new TextArea(getTranslation("notes.compare-then"));
        then.setValue(saved);
        then.setReadOnly(true);
        TextArea now = new TextArea(getTranslation("notes.compare-now"));
        now.setValue(current);
        now.setReadOnly(true);
        Div sides = new Div(then, now);
        sides.addClassName("merge-sides");
        dialog.add(sides);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
