package org.jesr.desk.agenda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jesr.desk.agenda.AgendaChanged;
import org.junit.jupiter.api.Test;

class PerChangeTest {

    private final PerChange<String> programme = new PerChange<>();
    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "read " + reads.incrementAndGet();
    }

    @Test
    void screens_redrawing_for_the_same_change_share_one_read_and_the_next_change_reads_again() {
        AgendaChanged started = new AgendaChanged(1, 10L, "started", Instant.parse("2026-03-02T04:00:00Z"));
        AgendaChanged delayed = new AgendaChanged(1, 10L, "delayed", Instant.parse("2026-03-02T04:05:00Z"));

        for (int screen = 0; screen < 300; screen++) {
            assertThat(programme.get(1, started, this::read)).isEqualTo("read 1");
        }
        assertThat(programme.get(1, delayed, this::read)).isEqualTo("read 2");
        assertThat(programme.get(2, delayed, this::read))
                .as("another review reads its own")
                .isEqualTo("read 3");
    }

    @Test
    void a_screen_opening_without_a_change_always_reads() {
        programme.get(1, null, this::read);
        programme.get(1, null, this::read);
        assertThat(reads).hasValue(2);
    }
}
