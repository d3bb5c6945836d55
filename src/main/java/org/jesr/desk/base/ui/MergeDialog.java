package org.jesr.desk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Two versions of the same text side by side, when someone else saved first: keep
 * either, or edit a merge of both. Nothing is thrown away without the writer choosing.
 */
public class MergeDialog extends Dialog {

    public MergeDialog(String mine, String theirs, String theirAuthor, Consumer<String> onResolved) {
        setId("merge-dialog");
        setHeaderTitle(getTranslation("merge.title"));
        setWidth("min(1000px, 95vw)");
        TextArea mineArea = readOnly("merge-mine", getTranslation("merge.mine"), mine);
        TextArea theirsArea = readOnly("merge-theirs", getTranslation("merge.theirs", theirAuthor), theirs);
        TextArea merged = new TextArea(getTranslation("merge.merged"));
        merged.setId("merge-result");
        merged.setWidthFull();
        merged.setValue(theirs.isBlank() ? mine : theirs + "\n\n" + mine);
        Div sides = new Div(mineArea, theirsArea);
        sides.addClassName("merge-sides");
        add(new Paragraph(getTranslation("merge.help")), sides, merged);

        Button keepMine = new Button(getTranslation("merge.keep-mine"), e -> resolve(onResolved, mine));
        keepMine.setId("merge-keep-mine");
        Button keepTheirs = new Button(getTranslation("merge.keep-theirs"), e -> resolve(onResolved, theirs));
        keepTheirs.setId("merge-keep-theirs");
        Button save = new Button(getTranslation("merge.save"), e -> resolve(onResolved, merged.getValue()));
        save.setId("merge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        getFooter().add(keepMine, keepTheirs, save);
    }

    private void resolve(Consumer<String> onResolved, String text) {
        close();
        onResolved.accept(text);
    }

    private static TextArea readOnly(String id, String label, String text) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setValue(text);
        area.setReadOnly(true);
        return area;
    }
}
