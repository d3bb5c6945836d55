package org.jesr.desk.sampledata.internal;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.fieldvisit.FieldVisit;
import org.jesr.desk.fieldvisit.FieldVisitService;
import org.jesr.desk.fieldvisit.Site;
import org.jesr.desk.fieldvisit.SiteKind;
import org.jesr.desk.review.Review;
import org.jesr.desk.workinggroup.EvidenceKind;
import org.jesr.desk.workinggroup.Finding;
import org.jesr.desk.workinggroup.GroupMember;
import org.jesr.desk.workinggroup.GroupRole;
import org.jesr.desk.workinggroup.NotesField;
import org.jesr.desk.workinggroup.NotesService;
import org.jesr.desk.workinggroup.WorkingGroup;
import org.jesr.desk.workinggroup.WorkingGroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The sample's working groups, rapporteurs' notes and field-visit observations. */
@Component
public class FieldWorkSample {

    private final AgendaService agenda;
    private final ThemeService themes;
    private final WorkingGroupService groups;
    private final NotesService notes;
    private final FieldVisitService visits;

    private final SampleFiles files;

    FieldWorkSample(
            SampleFiles files,
            AgendaService agenda,
            ThemeService themes,
            WorkingGroupService groups,
            NotesService notes,
            FieldVisitService visits) {
        this.files = files;
        this.agenda = agenda;
        this.themes = themes;
        this.groups = groups;
        this.notes = notes;
        this.visits = visits;
    }

    public void load(Review review) {
        List<AgendaSession> sessions = agenda.sessions(review.id(), review.zone(), AgendaFilter.day(null));
        Map<String, AgendaSession> byTitle =
                sessions.stream().collect(Collectors.toMap(AgendaSession::getTitle, Function.identity(), (a, b) -> a));
        workingGroups(review, sessions);
        Map<String, List<CsvTable.Row>> keyFindings =
                files.rows("key-findings.csv", List.of("session", "text", "evidence_kind")).stream()
                        .collect(Collectors.groupingBy(r -> r.required("session")));
        for (CsvTable.Row row : files.rows("notes.csv", List.of("session", "status"))) {
            long sessionId = SampleFiles.known(byTitle, row.required("session")).id();
            long version = -1;
            version = save(sessionId, NotesField.SUMMARY, row.optional("summary"), version);
            version = save(sessionId, NotesField.FINDINGS, row.optional("findings"), version);
            version = save(sessionId, NotesField.BOTTLENECKS, row.optional("bottlenecks"), version);
            version = save(sessionId, NotesField.ACTIONS, row.optional("actions"), version);
            for (CsvTable.Row finding : keyFindings.getOrDefault(row.required("session"), List.of())) {
                String ref = finding.optional("evidence_ref");
                version = notes.addFinding(
                                sessionId,
                                new Finding(
                                        finding.required("text"),
                                        EvidenceKind.valueOf(finding.required("evidence_kind")),
                                        ref),
                                version)
                        .version();
            }
            String status = row.required("status");
            if (!"DRAFT".equals(status)) {
                notes.submit(sessionId);
            }
            if ("VALIDATED".equals(status)) {
                notes.validate(sessionId);
            }
        }
        fieldVisits(review, byTitle);
    }

    private void workingGroups(Review review, List<AgendaSession> sessions) {
        Map<String, String> objectives = new HashMap<>();
        files.rows("working-groups.csv", List.of("theme", "objectives"))
                .forEach(row -> objectives.put(row.required("theme"), row.required("objectives")));
        for (Theme theme : themes.list(review.id())) {
            Set<GroupMember> members = new LinkedHashSet<>();
            sessions.stream()
                    .filter(s -> s.getType() == SessionType.WORKING_GROUP
                            && theme.id().equals(s.getThemeId()))
                    .flatMap(s -> s.getPeople().stream())
                    .forEach(p -> members.add(new GroupMember(
                            p.participantId(),
                            switch (p.role()) {
                                case CHAIR -> GroupRole.CO_CHAIR;
                                case RAPPORTEUR -> GroupRole.RAPPORTEUR;
                                case MEMBER -> GroupRole.MEMBER;
                            })));
            if (members.stream().noneMatch(m -> m.role() == GroupRole.CO_CHAIR)) {
                continue;
            }
            WorkingGroup group = WorkingGroup.of(review.id(), theme.id());
            group.setObjectives(objectives.get(theme.getName()));
            group.setMembers(members);
            groups.save(group);
        }
    }

    private void fieldVisits(Review review, Map<String, AgendaSession> byTitle) {
        for (CsvTable.Row row : files.rows("field-visits.csv", List.of("session", "site", "kind", "district"))) {
            AgendaSession session = SampleFiles.known(byTitle, row.required("session"));
            FieldVisit visit = visits.forSession(session.id());
            var day = session.getStart().atZone(review.zone()).toLocalDate();
            if (row.optional("departure") != null) {
                visit.setDepartureAt(day.atTime(LocalTime.parse(row.required("departure")))
                        .atZone(review.zone())
                        .toInstant());
                visit.setDeparturePlace(row.optional("departure_place"));
                visit.setVehicle(row.optional("vehicle"));
                visit.setDriverContact(row.optional("driver"));
                visit.setReturnAt(day.atTime(LocalTime.parse(row.required("return")))
                        .atZone(review.zone())
                        .toInstant());
                visit = visits.saveLogistics(visit);
            }
            Site site = new Site();
            site.setFieldVisitId(visit.id());
            site.setName(row.required("site"));
            site.setKind(SiteKind.valueOf(row.required("kind")));
            site.setDistrict(row.required("district"));
            site.setPupilsEnrolled(integer(row.optional("enrolled")));
            site.setPupilsPresent(integer(row.optional("present")));
            site.setTeachersPresent(integer(row.optional("teachers")));
            site.setWater(bool(row.optional("water")));
            site.setToilets(bool(row.optional("toilets")));
            site.setGirlsToilets(bool(row.optional("girls_toilets")));
            site.setElectricity(bool(row.optional("electricity")));
            site.setTextbooks(bool(row.optional("textbooks")));
            site.setSmcActive(bool(row.optional("smc_active")));
            site.setNotes(row.optional("notes"));
            visits.saveSite(site);
        }
    }

    private long save(long sessionId, NotesField field, @Nullable String text, long version) {
        return text == null
                ? version
                : notes.save(sessionId, field, text, version).version();
    }

    private static @Nullable Integer integer(@Nullable String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    private static @Nullable Boolean bool(@Nullable String value) {
        return value == null ? null : Boolean.valueOf(value);
    }
}
