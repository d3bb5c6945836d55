package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.base.Language;

/**
 * The words Vaadin's components carry themselves, in the user's language: left alone, a French page
 * shows "January" and "Today" in its date pickers, leaves a number field that holds "abc" red without
 * a word, and reads "Selection cleared" or "Drawer" to a screen reader. {@code ComponentTextsTest}
 * fails when a component that has such texts is created without passing through here.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    public static <T extends DatePicker> T localize(T picker) {
        picker.setI18n(datePicker(picker));
        return picker;
    }

    public static <T extends DateTimePicker> T localize(T picker) {
        picker.setDatePickerI18n(datePicker(picker));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(picker.getTranslation("picker.date-label"))
                .setTimeLabel(picker.getTranslation("picker.time-label"))
                .setBadInputErrorMessage(picker.getTranslation("picker.bad-date-time"))
                .setIncompleteInputErrorMessage(picker.getTranslation("picker.incomplete")));
        return picker;
    }

    /** Call after setMin and setMax: the messages name the bounds. */
    public static IntegerField localize(IntegerField field) {
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("field.bad-whole-number"))
                .setMinErrorMessage(field.getTranslation("field.min", field.getMin()))
                .setMaxErrorMessage(field.getTranslation("field.max", field.getMax()))
                .setStepErrorMessage(field.getTranslation("field.bad-whole-number")));
        return field;
    }

    /** Call after setMin and setMax: the messages name the bounds. */
    public static NumberField localize(NumberField field) {
        field.setI18n(new NumberField.NumberFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("field.bad-number"))
                .setMinErrorMessage(field.getTranslation("field.min", field.getMin()))
                .setMaxErrorMessage(field.getTranslation("field.max", field.getMax())));
        return field;
    }

    /** What a screen reader hears as people are added to and removed from the selection. */
    public static <T, C extends MultiSelectComboBox<T>> C localize(C box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(box.getTranslation("multi.cleared"))
                .setFocused(box.getTranslation("multi.focused"))
                .setSelected(box.getTranslation("multi.selected"))
                .setDeselected(box.getTranslation("multi.deselected"))
                // The component fills in {count} itself.
                .setTotal(box.getTranslation("multi.total", "{count}")));
        return box;
    }

    /** The drawer's name, as a screen reader announces it. */
    public static AppLayout localize(AppLayout layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("nav.drawer")));
        return layout;
    }

    private static DatePicker.DatePickerI18n datePicker(Component context) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Language.DEFAULT.locale() : ui.getLocale();
        // Vaadin counts weekdays from Sunday, as JavaScript does.
        List<DayOfWeek> fromSunday = Arrays.asList(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                // A language alone ("fr", "en") names no country and so no week: Monday, as in most places reviews run.
                .setFirstDayOfWeek(
                        locale.getCountry().isEmpty()
                                ? 1
                                : WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(context.getTranslation("picker.today"))
                .setCancel(context.getTranslation("action.cancel"))
                .setBadInputErrorMessage(context.getTranslation("picker.bad-date"));
    }
}
