package org.jesr.desk.agenda.internal;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.PersonRole;
import org.jesr.desk.agenda.SessionPerson;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.base.csv.CsvTable;

/**
 * Reads a programme from the spreadsheet secretariats already keep: one session per
 * row, people named by e-mail. Every row is checked before anything is stored.
 */
public final class ProgrammeCsv {

    public static final List<String> COLUMNS = List.of(
            "date",
            "start",
            "end",
            "title",
            "type",
            "room",
            "theme",
            "chairs",
            "rapporteurs",
            "members",
            "visibility",
            "description");

    /** A session to create, with the room and theme it names. */
    public record Row(AgendaSession session, String room, String theme) {}

    private ProgrammeCsv() {}

    public static List<Row> read(InputStream in, long reviewId, ZoneId zone, Map<String, Long> participantsByEmail) {
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(in, List.of("date", "start", "end", "title", "type"))
                .rows()) {
            AgendaSession session = new AgendaSession();
            session.setReviewId(reviewId);
            session.setTitle(row.limited("title", AgendaSession.TITLE_MAX, true));
            session.setType(row.choice("type", SessionType.class));
            LocalDate date = date(row);
            session.setStart(date.atTime(time(row, "start")).atZone(zone).toInstant());
            session.setEnd(date.atTime(time(row, "end")).atZone(zone).toInstant());
            if (!session.getEnd().isAfter(session.getStart())) {
                throw new CsvImportException(row.line(), "end", "agenda.warning.end-before-start");
            }
            String visibility = row.optional("visibility");
            session.setVisibility(visibility == null ? Visibility.PUBLIC : row.choice("visibility", Visibility.class));
            session.setDescription(row.optional("description"));
            Set<SessionPerson> people = new LinkedHashSet<>();
            people(row, "chairs", PersonRole.CHAIR, participantsByEmail, people);
            people(row, "rapporteurs", PersonRole.RAPPORTEUR, participantsByEmail, people);
            people(row, "members", PersonRole.MEMBER, participantsByEmail, people);
            session.setPeople(people);
            rows.add(new Row(session, row.limited("room", 120, false), row.limited("theme", 160, false)));
        }
        return rows;
    }

    private static void people(
            CsvTable.Row row, String column, PersonRole role, Map<String, Long> byEmail, Set<SessionPerson> into) {
        String value = row.optional(column);
        if (value == null) {
            return;
        }
        for (String email :
                Arrays.stream(value.split("[;\\s]+")).filter(s -> !s.isBlank()).toList()) {
            Long id = byEmail.get(email.toLowerCase(Locale.ROOT));
            if (id == null) {
                throw new CsvImportException(row.line(), column, "import.error.unknown-participant", email);
            }
            into.add(new SessionPerson(id, role));
        }
    }

    private static LocalDate date(CsvTable.Row row) {
        try {
            return LocalDate.parse(row.required("date"));
        } catch (DateTimeException e) {
            throw new CsvImportException(row.line(), "date", "import.error.date", row.required("date"));
        }
    }

    private static LocalTime time(CsvTable.Row row, String column) {
        try {
            return LocalTime.parse(row.required(column));
        } catch (DateTimeException e) {
            throw new CsvImportException(row.line(), column, "import.error.time", row.required(column));
        }
    }
}
