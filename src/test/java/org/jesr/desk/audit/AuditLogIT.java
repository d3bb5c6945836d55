package org.jesr.desk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.aidememoire.AideMemoire;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.SectionKey;
import org.jesr.desk.audit.internal.AuditRepository;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.security.Role;
import org.jesr.desk.workinggroup.NotesField;
import org.jesr.desk.workinggroup.NotesService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class AuditLogIT extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AgendaService agenda;

    @Autowired
    NotesService notes;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changes_to_the_agenda_notes_recommendations_and_aide_memoire_are_logged_with_who_and_when() {
        long review = sampleReviewAsOrganizer();
        Instant before = clock.instant().minusSeconds(1);
        AgendaSession session = agenda.sessions(review, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null)).stream()
                .filter(s -> s.getTitle().equals("Working group: Access & Equity (continued)"))
                .findFirst()
                .orElseThrow();
        session.setDescription("Audit marker: room changed to hall B.");
        agenda.save(session);
        long version = notes.find(session.getId()).map(n -> n.getVersion()).orElse(-1L);
        notes.save(session.getId(), NotesField.SUMMARY, "Audit marker: forty people attended.", version);
        Recommendation first =
                recommendations.list(review, RecommendationFilter.all()).getFirst();
        first.setText("Audit marker: publish school grants on time.");
        recommendations.update(first);
        AideMemoire aideMemoire = aideMemoires.create(review);
        aideMemoires.edit(aideMemoire.getId(), SectionKey.INTRODUCTION, "Audit marker: introduction rewritten.");

        List<AuditEntry> mine = audit.find(new AuditFilter(null, "organizer", "audit marker", before, null), 0, 50);

        assertThat(mine)
                .extracting(AuditEntry::getAction)
                .containsExactly(
                        AuditAction.SECTION_EDITED,
                        AuditAction.RECOMMENDATION_EDITED,
                        AuditAction.NOTES_SAVED,
                        AuditAction.SESSION_SAVED);
        assertThat(mine).allSatisfy(e -> {
            assertThat(e.getUsername()).isEqualTo("organizer");
            assertThat(e.getAt()).isAfter(before);
        });
        assertThat(mine.get(2).getSubject()).isEqualTo("Working group: Access & Equity (continued)");
        assertThat(mine.get(2).getDetail()).isEqualTo("SUMMARY: Audit marker: forty people attended.");
        assertThat(audit.find(new AuditFilter(AuditFeature.NOTES, "organizer", "audit marker", before, null), 0, 50))
                .extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.NOTES_SAVED);
        assertThat(audit.count(new AuditFilter(null, "someone-else", "audit marker", null, null)))
                .isZero();
        assertThat(audit.count(new AuditFilter(null, null, "audit marker", null, before)))
                .isZero();
        assertThat(audit.usernames()).contains("organizer");
    }

    @Test
    void only_organizers_read_the_log() {
        sampleReviewAsOrganizer();
        for (Role role : List.of(Role.RAPPORTEUR, Role.CONTRIBUTOR, Role.OBSERVER)) {
            signInAs("someone", role);
            assertThatThrownBy(() -> audit.find(AuditFilter.everything(), 0, 10))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_log_can_only_grow_no_one_can_change_or_delete_an_entry() {
        List<String> methods = Arrays.stream(AuditRepository.class.getMethods())
                .map(Method::getName)
                .distinct()
                .sorted()
                .toList();
        assertThat(methods).containsExactly("count", "find", "save", "usernames");
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"));
    }

    @Test
    void on_postgresql_the_database_itself_refuses_updates_and_deletes_of_the_log() {
        Assumptions.assumeTrue("postgres".equals(System.getProperty("jesr.it.database")), "PostgreSQL only");
        sampleReviewAsOrganizer();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
                .isPositive();

        assertThatThrownBy(() -> jdbc.update("update audit_entry set username = 'nobody'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry")).hasMessageContaining("append-only");
    }
}
