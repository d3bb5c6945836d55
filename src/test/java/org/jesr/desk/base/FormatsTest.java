package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

    @Test
    void a_moment_is_shown_in_the_reviews_time_zone_not_the_servers() {
        Instant nineInKarachi = Instant.parse("2026-12-07T04:00:00Z");

        assertThat(Formats.time(nineInKarachi, KARACHI, Locale.FRENCH)).isEqualTo("09:00");
        assertThat(Formats.time(nineInKarachi, KARACHI, Locale.ENGLISH))
                .contains("9:00")
                .contains("AM");
    }

    @Test
    void dates_follow_the_users_language() {
        LocalDate opening = LocalDate.of(2026, 12, 7);

        assertThat(Formats.date(opening, Locale.ENGLISH)).isEqualTo("Dec 7, 2026");
        assertThat(Formats.date(opening, Locale.FRENCH)).isEqualTo("7 déc. 2026");
        assertThat(Formats.dateTime(Instant.parse("2026-12-07T04:00:00Z"), KARACHI, Locale.FRENCH))
                .startsWith("7 déc. 2026")
                .contains("09:00");
    }

    @Test
    void time_left_reads_in_hours_and_days_not_thousands_of_minutes() {
        assertThat(Formats.remaining(45, Locale.ENGLISH)).isEqualTo("45 min");
        assertThat(Formats.remaining(125, Locale.FRENCH)).isEqualTo("2 h 05 min");
        assertThat(Formats.remaining(6749, Locale.FRENCH)).isEqualTo("4 j 16 h");
        assertThat(Formats.remaining(6749, Locale.ENGLISH)).isEqualTo("4 d 16 h");
        assertThat(Formats.remaining(-3, Locale.ENGLISH)).isEqualTo("0 min");
    }

    @Test
    void a_time_zone_shows_as_its_city_and_that_days_offset() {
        assertThat(Formats.zone(KARACHI, Instant.parse("2026-12-07T04:00:00Z"))).isEqualTo("Karachi (UTC+05:00)");
        assertThat(Formats.zone(ZoneId.of("America/New_York"), Instant.parse("2026-07-01T00:00:00Z")))
                .isEqualTo("New York (UTC-04:00)");
        assertThat(Formats.zone(ZoneId.of("Africa/Dakar"), Instant.parse("2026-07-01T00:00:00Z")))
                .isEqualTo("Dakar (UTC)");
    }
}
