package org.jesr.desk.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as a participant reads them: in the review's time zone (not the
 * server's, not the tablet's) and in the user's language.
 */
public final class Formats {

    private Formats() {}

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /** "Monday 7 December 2026", as a day heading. */
    public static String weekdayDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** "Monday, December 7, 2026, 9:00 AM": a session's start told in full. */
    public static String dayAndTime(Instant instant, ZoneId zone, Locale locale) {
        return weekdayDate(instant.atZone(zone).toLocalDate(), locale) + ", " + time(instant, zone, locale);
    }

    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /**
     * Time left as people say it: "45 min", "2 h 05 min", "4 d 16 h" ("4 j 16 h" in French). A
     * running count of minutes ("6 749 min") is unreadable above an hour.
     */
    public static String remaining(long minutes, Locale locale) {
        long left = Math.max(0, minutes);
        if (left < 60) {
            return left + " min";
        }
        if (left < 24 * 60) {
            return "%d h %02d min".formatted(left / 60, left % 60);
        }
        String day = Language.of(locale) == Language.FRENCH ? "j" : "d";
        return "%d %s %d h".formatted(left / (24 * 60), day, left % (24 * 60) / 60);
    }

    /** "Karachi (UTC+05:00)": the city people know, and the offset on that day, not "Asia/Karachi". */
    public static String zone(ZoneId zone, Instant when) {
        String id = zone.getId();
        String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        String offset = zone.getRules().getOffset(when).getId();
        return city + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")";
    }
}
