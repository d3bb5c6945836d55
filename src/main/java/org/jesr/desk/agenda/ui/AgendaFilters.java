package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.Room;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jspecify.annotations.Nullable;

/**
 * The agenda's type, theme and room filters, behind a "Filter" button. Most people following the
 * live agenda never filter it, and three combo boxes with their data were a fifth of each agenda
 * screen's server-side state, so they are only built when asked for.
 */
class AgendaFilters extends Div {

    private final Supplier<List<Theme>> themes;
    private final Supplier<List<Room>> rooms;
    private final Runnable onChange;
    private @Nullable ComboBox<SessionType> type;
    private @Nullable ComboBox<Theme> theme;
    private @Nullable ComboBox<Room> room;

    AgendaFilters(Supplier<List<Theme>> themes, Supplier<List<Room>> rooms, Runnable onChange) {
        this.themes = themes;
        this.rooms = rooms;
        this.onChange = onChange;
        addClassName("toolbar");
        Button open = new Button(getTranslation("agenda.filter"), new Icon(VaadinIcon.FILTER));
        open.setId("agenda-filters");
        open.addThemeVariants(ButtonVariant.TERTIARY);
        open.addClickListener(e -> {
            remove(open);
            build();
        });
        add(open);
    }

    private void build() {
        type = field(
                "filter-type", "agenda.type", List.of(SessionType.values()), t -> getTranslation(t.translationKey()));
        theme = field("filter-theme", "agenda.theme", themes.get(), Theme::getName);
        room = field("filter-room", "agenda.room", rooms.get(), Room::getName);
        add(type, theme, room);
        type.focus();
    }

    private <T> ComboBox<T> field(String id, String placeholderKey, List<T> items, ItemLabelGenerator<T> label) {
        ComboBox<T> field = new ComboBox<>();
        field.setId(id);
        field.setPlaceholder(getTranslation(placeholderKey));
        field.setAriaLabel(getTranslation(placeholderKey));
        field.setItems(items);
        field.setItemLabelGenerator(label);
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> onChange.run());
        return field;
    }

    AgendaFilter on(@Nullable LocalDate day) {
        return new AgendaFilter(
                day,
                type == null ? null : type.getValue(),
                theme == null || theme.getValue() == null
                        ? null
                        : theme.getValue().getId(),
                room == null || room.getValue() == null ? null : room.getValue().getId());
    }
}
