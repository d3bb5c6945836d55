package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.Actions;

/**
 * The review's themes: add, rename, retire and bring back. Retiring keeps a theme's name on what
 * already cites it and stops offering it, so nothing that was filed under it is lost.
 */
class ThemesDialog extends Dialog {

    private final ThemeService themes;
    private final long reviewId;
    private final Runnable onChange;
    private final Div list = new Div();

    ThemesDialog(ThemeService themes, long reviewId, Runnable onChange) {
        this.themes = themes;
        this.reviewId = reviewId;
        this.onChange = onChange;
        setId("themes-dialog");
        setHeaderTitle(getTranslation("theme.title"));
        setWidth("min(40rem, 95vw)");
        TextField name = new TextField(getTranslation("theme.new"));
        name.setId("new-theme-name");
        name.setMaxLength(Theme.NAME_MAX);
        name.setWidthFull();
        Button add = new Button(
                getTranslation("theme.add"),
                e -> act(() -> {
                    themes.create(reviewId, name.getValue());
                    name.clear();
                }));
        add.setId("add-theme");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        Div addRow = new Div(name, add);
        addRow.addClassName("inline-form");
        list.setId("theme-list");
        add(new Paragraph(getTranslation("theme.help")), addRow, list);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("themes-close");
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (Theme theme : themes.list(reviewId)) {
            list.add(row(theme));
        }
    }

    private Div row(Theme theme) {
        String id = "theme-" + theme.getId();
        TextField name = new TextField();
        name.setId(id + "-name");
        name.setAriaLabel(getTranslation("theme.name"));
        name.setMaxLength(Theme.NAME_MAX);
        name.setValue(theme.getName());
        name.setWidthFull();
        Button rename =
                new Button(getTranslation("theme.rename"), e -> act(() -> themes.rename(theme.id(), name.getValue())));
        rename.setId(id + "-rename");
        rename.setEnabled(false);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.addValueChangeListener(e -> rename.setEnabled(!e.getValue().strip().equals(theme.getName())));
        Button retire = new Button(
                getTranslation(theme.isRetired() ? "theme.restore" : "theme.retire"),
                e -> act(() -> themes.setRetired(theme.id(), !theme.isRetired())));
        retire.setId(id + "-retire");
        Div row = new Div(name, rename, retire);
        row.addClassName("inline-form");
        if (theme.isRetired()) {
            Span retired = new Span(getTranslation("theme.retired"));
            retired.getElement().getThemeList().add("badge contrast");
            row.addComponentAsFirst(retired);
            row.addClassName("retired");
        }
        return row;
    }

    private void act(Runnable change) {
        Actions.run(this, () -> {
            change.run();
            refresh();
            onChange.run();
        });
    }
}
