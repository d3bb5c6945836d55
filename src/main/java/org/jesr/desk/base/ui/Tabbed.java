package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/**
 * Tabs made of plain buttons with the ARIA tab roles. Vaadin 25.2's TabSheet puts a focusable
 * scroller inside its tab list, which screen readers and axe-core reject (a tablist may hold only
 * tabs); this keeps the same idea with markup they accept. Only the selected panel is attached.
 */
public class Tabbed extends Div {

    private final Div list = new Div();
    private final Div panel = new Div();
    private final List<Button> tabs = new ArrayList<>();
    private final List<Component> contents = new ArrayList<>();
    private int selected = -1;

    public Tabbed(String id) {
        setId(id);
        addClassName("tabbed");
        list.addClassName("tabbed-list");
        list.getElement().setAttribute("role", "tablist");
        panel.setId(id + "-panel");
        panel.getElement().setAttribute("role", "tabpanel");
        add(list, panel);
    }

    public void add(String label, Component content) {
        int index = tabs.size();
        Button tab = new Button(label, e -> setSelectedIndex(index));
        tab.setId(getId().orElseThrow() + "-tab-" + index);
        tab.getElement().setAttribute("role", "tab");
        tab.getElement().setAttribute("aria-controls", panel.getId().orElseThrow());
        tabs.add(tab);
        contents.add(content);
        list.add(tab);
        if (selected < 0) {
            setSelectedIndex(0);
        } else {
            show(tab, false);
        }
    }

    public void setSelectedIndex(int index) {
        selected = index;
        for (int i = 0; i < tabs.size(); i++) {
            show(tabs.get(i), i == index);
        }
        panel.removeAll();
        panel.add(contents.get(index));
        panel.getElement()
                .setAttribute("aria-labelledby", tabs.get(index).getId().orElseThrow());
    }

    public int getSelectedIndex() {
        return selected;
    }

    private static void show(Button tab, boolean isSelected) {
        tab.getElement().setAttribute("aria-selected", String.valueOf(isSelected));
        if (isSelected) {
            tab.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            tab.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
