package org.jesr.desk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Month and weekday names, the first day of the week and the buttons of Vaadin's date pickers in the
 * user's language: left alone, the calendar drop-down says "January" and "Today" on a French page.
 */
public final class DatePickerTexts {

    private DatePickerTexts() {
    }

    public static <T extends DatePicker> T localize(T picker) {
        picker.setI18n(i18n(picker));
        return picker;
    }

    public static <T extends DateTimePicker> T localize(T picker) {
        picker.setDatePickerI18n(i18n(picker));
        return picker;
    }

    private static DatePicker.DatePickerI18n i18n(com.vaadin.flow.component.Component context) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        // Vaadin counts weekdays from Sunday, as JavaScript does.
        List<DayOfWeek> fromSunday = Arrays.asList(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                // A language alone ("fr", "en") names no country and so no week: Monday, as in most places reviews run.
                .setFirstDayOfWeek(locale.getCountry().isEmpty() ? 1 : WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(context.getTranslation("picker.today"))
                .setCancel(context.getTranslation("action.cancel"))
                .setBadInputErrorMessage(context.getTranslation("picker.bad-date"));
    }
}
