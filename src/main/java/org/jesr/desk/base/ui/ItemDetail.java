package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * What a tap on a {@link CardList} card opens: the item's every field in full, as labelled lines,
 * and its actions below them. The actions wrap onto more lines rather than run off a narrow screen.
 */
public class ItemDetail extends Dialog {

    private final Div fields = new Div();
    private final Div actions = new Div();

    public ItemDetail(String id, String title) {
        setId(id);
        setHeaderTitle(title);
        addClassName("item-detail");
        fields.addClassName("item-detail-fields");
        actions.addClassName("item-detail-actions");
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId(id + "-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(close);
        add(fields, actions);
    }

    /** One labelled line; a blank value is left out. The value is text, never markup. */
    public ItemDetail field(String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("item-detail-label");
        Paragraph text = new Paragraph(value);
        text.addClassName("item-detail-value");
        fields.add(new Div(label, text));
        return this;
    }

    /** A labelled part that is more than text, such as download links. */
    public ItemDetail field(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("item-detail-label");
        fields.add(new Div(label, value));
        return this;
    }

    /** An action on the item; the dialog closes before the action runs, as it opens its own dialog. */
    public ItemDetail action(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            close();
            action.run();
        });
        button.setId(id);
        if (actions.getComponentCount() == 1) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        actions.addComponentAtIndex(actions.getComponentCount() - 1, button);
        return this;
    }
}
