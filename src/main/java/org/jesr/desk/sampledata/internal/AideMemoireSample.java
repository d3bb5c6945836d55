package org.jesr.desk.sampledata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.Attendance;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.aidememoire.AideMemoire;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.jesr.desk.aidememoire.CirculationPurpose;
import org.jesr.desk.aidememoire.CommentResolution;
import org.jesr.desk.aidememoire.ConsultationService;
import org.jesr.desk.aidememoire.Paragraph;
import org.jesr.desk.aidememoire.Section;
import org.jesr.desk.aidememoire.SectionKey;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.review.Review;
import org.jesr.desk.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sample as the secretariat would have it a week after the review: the wrap-up's agreed
 * list, and the aide-memoire in consultation with two versions, comments on both (answered on
 * the first), and a circulation log. Tests that draft their own aide-memoire turn it off.
 */
@Component
public class AideMemoireSample {

    private final boolean enabled;
    private final RecommendationService recommendations;
    private final AideMemoireService aideMemoires;
    private final ConsultationService consultation;
    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final ParticipantService participants;

    private final SampleFiles files;

    AideMemoireSample(
            SampleFiles files,
            @Value("${jesr.sample-data.aide-memoire:true}") boolean enabled,
            RecommendationService recommendations,
            AideMemoireService aideMemoires,
            ConsultationService consultation,
            AgendaService agenda,
            AttendanceService attendance,
            ParticipantService participants) {
        this.files = files;
        this.agenda = agenda;
        this.attendance = attendance;
        this.participants = participants;
        this.enabled = enabled;
        this.recommendations = recommendations;
        this.aideMemoires = aideMemoires;
        this.consultation = consultation;
    }

    public void load(Review review, boolean force) {
        if (!enabled && !force) {
            return;
        }
        Map<Integer, Recommendation> byNumber = recommendations.list(review.id(), RecommendationFilter.all()).stream()
                .collect(Collectors.toMap(Recommendation::getOrderNo, Function.identity(), (a, b) -> a));
        for (CsvTable.Row row : files.rows("wrap-up.csv", List.of("order_no", "consensus"))) {
            recommendations.decide(
                    SampleFiles.known(byNumber, Integer.parseInt(row.required("order_no")))
                            .id(),
                    Consensus.valueOf(row.required("consensus")),
                    row.optional("reservation"));
        }
        // The opening plenary's sign-in sheet, so the draft reports attendance by constituency.
        Map<String, Long> sessions = agenda.sessions(review.id(), review.zone(), AgendaFilter.day(null)).stream()
                .collect(Collectors.toMap(AgendaSession::getTitle, AgendaSession::getId, (a, b) -> a));
        Map<String, Long> people = participants.idsByEmail(review.id());
        for (CsvTable.Row row : files.rows("attendance.csv", List.of("session", "email"))) {
            attendance.checkIn(
                    SampleFiles.known(sessions, row.required("session")),
                    SampleFiles.known(people, row.required("email")),
                    Attendance.Method.ORGANIZER);
        }
        AideMemoire aideMemoire = aideMemoires.create(review.id());
        aideMemoires.moveTo(aideMemoire.id(), AideMemoireStatus.IN_CONSULTATION);
        AideMemoireVersion v1 = aideMemoires.versions(aideMemoire.id()).getFirst();
        consultation.circulate(
                v1.id(), "Local education group (development partners and civil society)", CirculationPurpose.COMMENTS);
        List<CsvTable.Row> comments = files.rows(
                "aide-memoire-comments.csv", List.of("version", "author", "role", "section", "index", "comment"));
        comment(comments, 1, v1);
        if (comments.isEmpty()) {
            // A set without consultation comments stops at the first circulated version.
            return;
        }

        Section nextSteps = aideMemoires.sections(aideMemoire.id()).stream()
                .filter(s -> s.getKey() == SectionKey.NEXT_STEPS)
                .findFirst()
                .orElseThrow();
        List<String> edited = new ArrayList<>(nextSteps.paragraphs());
        edited.set(
                1,
                "Its results will be presented at the Inter-Provincial Education Ministerial Conference on <b>18 February 2027</b>.");
        aideMemoires.edit(aideMemoire.id(), SectionKey.NEXT_STEPS, String.join("\n\n", edited));
        AideMemoireVersion v2 = aideMemoires.freeze(aideMemoire.id());
        consultation.circulate(
                v2.id(), "Local education group; SELD, Finance Department and P&DD", CirculationPurpose.COMMENTS);
        comment(comments, 2, v2);
    }

    private void comment(List<CsvTable.Row> rows, int versionNumber, AideMemoireVersion version) {
        for (CsvTable.Row row : rows) {
            if (Integer.parseInt(row.required("version")) != versionNumber) {
                continue;
            }
            int number = paragraphNumber(
                    version, SectionKey.valueOf(row.required("section")), Integer.parseInt(row.required("index")));
            long id = SystemAuthentication.runAs(
                    row.required("author"),
                    row.required("role"),
                    () -> consultation
                            .comment(version.id(), number, row.required("comment"))
                            .getId());
            if (row.optional("resolution") != null) {
                consultation.resolve(id, CommentResolution.valueOf(row.required("resolution")), row.optional("reply"));
            }
        }
    }

    /** The number of the index-th paragraph (from 1) of a section, as it is numbered in this version. */
    private static int paragraphNumber(AideMemoireVersion version, SectionKey section, int index) {
        List<Paragraph> paragraphs = version.getParagraphs();
        int seen = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).section() == section && ++seen == index) {
                return i + 1;
            }
        }
        throw new IllegalStateException("No paragraph " + index + " in " + section);
    }
}
