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
}
