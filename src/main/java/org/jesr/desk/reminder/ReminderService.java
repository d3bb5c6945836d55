package org.jesr.desk.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.PersonRole;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.mail.Addresses;
import org.jesr.desk.mail.Outbox;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.AccountabilityFilter;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Accountable;
import org.jesr.desk.recommendation.FollowUpStatus;
import org.jesr.desk.reminder.internal.ReminderDigest;
import org.jesr.desk.reminder.internal.ReminderDigestRepository;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.stakeholder.Obligation;
import org.jesr.desk.stakeholder.ObligationService;
import org.jesr.desk.workinggroup.NotesBoardRow;
import org.jesr.desk.workinggroup.NotesService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One e-mail a day per person with everything that needs them: what their organization owes (some
 * days before it is due, and once overdue), notes still not handed in a day after their session, and
 * progress updates due on recommendations their organization answers for. Nobody gets two a day, and
 * anyone can turn theirs off on their profile.
 */
@Service
public class ReminderService {

    private final ReviewService reviews;
    private final ParticipantService participants;
    private final ObligationService obligations;
    private final NotesService notes;
    private final AgendaService agenda;
    private final AccountabilityService accountability;
    private final UserAccountService accounts;
    private final Outbox outbox;
    private final ReminderDigestRepository digests;
    private final AppI18nProvider i18n;
    private final Clock clock;
    private final int daysBefore;

    ReminderService(
            ReviewService reviews,
            ParticipantService participants,
            ObligationService obligations,
            NotesService notes,
            AgendaService agenda,
            AccountabilityService accountability,
            UserAccountService accounts,
            Outbox outbox,
            ReminderDigestRepository digests,
            AppI18nProvider i18n,
            Clock clock,
            @Value("${jesr.reminders.days-before:3}") int daysBefore) {
        this.reviews = reviews;
        this.participants = participants;
        this.obligations = obligations;
        this.notes = notes;
        this.agenda = agenda;
        this.accountability = accountability;
        this.accounts = accounts;
        this.outbox = outbox;
        this.digests = digests;
        this.i18n = i18n;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** Queues today's digests for the current review's people; answers how many were queued. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public int sendDigests(String appAddress) {
        Optional<Review> current = reviews.current();
        if (current.isEmpty() || !outbox.enabled()) {
            return 0;
        }
        Review review = current.get();
        LocalDate today = LocalDate.now(clock.withZone(review.zone()));
        Set<Long> wanting = accounts.wantingReminders();
        Map<Long, Participant> people = new LinkedHashMap<>();
        participants.withAccounts(review.id()).stream()
                .filter(p -> wanting.contains(p.getUserAccountId()) && Addresses.isPlain(p.getEmail()))
                .forEach(p -> people.put(p.id(), p));
        Map<Long, List<Item>> items = new LinkedHashMap<>();
        owed(review, today, people, items);
        lateNotes(review, people, items);
        progressDue(review, today, people, items);
        int queued = 0;
        for (Map.Entry<Long, List<Item>> entry : items.entrySet()) {
            Participant person = people.get(entry.getKey());
            long account = person == null || person.getUserAccountId() == null ? -1 : person.getUserAccountId();
            if (person == null || digests.existsByUserAccountIdAndDay(account, today)) {
                continue;
            }
            digests.save(new ReminderDigest(account, today, entry.getValue().size()));
            Locale locale = Language.orDefault(person.getPreferredLanguage()).locale();
            StringBuilder lines = new StringBuilder();
            for (Item item : entry.getValue()) {
                lines.append("- ").append(item.text(i18n, locale)).append('\n');
            }
            outbox.queue(
                    person.getEmail(),
                    i18n.getTranslation(
                            "reminder.subject",
                            locale,
                            review.getName(),
                            entry.getValue().size()),
                    i18n.getTranslation(
                            "reminder.body",
                            locale,
                            person.getName(),
                            review.getName(),
                            lines.toString(),
                            appAddress,
                            appAddress + "account"));
            queued++;
        }
        return queued;
    }

    /** What an organization owes: some days before it is due, and every day once overdue. */
    private void owed(Review review, LocalDate today, Map<Long, Participant> people, Map<Long, List<Item>> items) {
        for (Obligation o : obligations.visible(review.id())) {
            LocalDate due = o.getDueDate();
            if (!o.getStatus().owed() || due == null || due.isAfter(today.plusDays(daysBefore))) {
                continue;
            }
            Item item =
                    new Item(due.isBefore(today) ? "reminder.owed-overdue" : "reminder.owed-soon", o.getTitle(), due);
            people.values().stream()
                    .filter(p ->
                            p.getOrganization() != null && p.getOrganization().id() == o.getOrganizationId())
                    .forEach(p -> add(items, p.id(), item));
        }
    }

    /** Notes still not handed in a day after their session, to the session's rapporteurs. */
    private void lateNotes(Review review, Map<Long, Participant> people, Map<Long, List<Item>> items) {
        for (NotesBoardRow row : notes.board(review.id())) {
            if (!row.late()) {
                continue;
            }
            LocalDate ended = row.end().atZone(review.zone()).toLocalDate();
            agenda.session(row.sessionId())
                    .ifPresent(s -> s.getPeople().stream()
                            .filter(p -> p.role() == PersonRole.RAPPORTEUR && people.containsKey(p.participantId()))
                            .forEach(p -> add(
                                    items, p.participantId(), new Item("reminder.notes-late", row.title(), ended))));
        }
    }

    /** Progress updates due on agreed recommendations (this review's and last year's) an organization answers for. */
    private void progressDue(
            Review review, LocalDate today, Map<Long, Participant> people, Map<Long, List<Item>> items) {
        List<Long> reviewIds = new ArrayList<>(List.of(review.id()));
        reviews.previous(review).ifPresent(previous -> reviewIds.add(previous.id()));
        for (long reviewId : reviewIds) {
            for (Accountable a : accountability.register(reviewId, AccountabilityFilter.all())) {
                LocalDate due = a.recommendation().getDueDate();
                Long org = a.recommendation().getResponsibleOrgId();
                if (org == null
                        || due == null
                        || due.isAfter(today.plusDays(daysBefore))
                        || a.status() == FollowUpStatus.COMPLETED
                        || a.status() == FollowUpStatus.DROPPED) {
                    continue;
                }
                Item item = new Item(
                        a.overdue() ? "reminder.progress-overdue" : "reminder.progress-due",
                        a.recommendation().getText(),
                        due);
                people.values().stream()
                        .filter(p -> p.getOrganization() != null
                                && org.equals(p.getOrganization().id()))
                        .forEach(p -> add(items, p.id(), item));
            }
        }
    }

    private static void add(Map<Long, List<Item>> items, long participantId, Item item) {
        items.computeIfAbsent(participantId, k -> new ArrayList<>()).add(item);
    }

    private record Item(String key, String what, LocalDate when) {
        String text(AppI18nProvider i18n, Locale locale) {
            return i18n.getTranslation(key, locale, what, Formats.date(when, locale));
        }
    }
}
