package org.jesr.desk.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above a list: filters as the user pauses typing, and clears with one tap. */
public class SearchField extends TextField {

    public SearchField(String id, String placeholderKey, Runnable onChange) {
        setId(id);
        setPlaceholder(getTranslation(placeholderKey));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setValueChangeMode(ValueChangeMode.LAZY);
        setClearButtonVisible(true);
        addValueChangeListener(e -> onChange.run());
    }
}
