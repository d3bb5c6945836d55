package org.jesr.desk.fieldvisit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionPerson;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.fieldvisit.KitVisit.KitPhoto;
import org.jesr.desk.fieldvisit.KitVisit.KitSite;
import org.jesr.desk.fieldvisit.KitVisit.SiteDraft;
import org.jesr.desk.fieldvisit.KitVisit.SiteSync;
import org.jesr.desk.fieldvisit.internal.FieldVisitRepository;
import org.jesr.desk.fieldvisit.internal.PhotoParts;
import org.jesr.desk.fieldvisit.internal.PhotoRepository;
import org.jesr.desk.fieldvisit.internal.SiteRepository;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the offline field kit reads and sends. Every record and photo carries an id made on the
 * device, so whatever the kit sends twice (a lost answer, a retry, two tabs) is stored once; a site
 * changed on the server since the kit's download is never overwritten but handed back to merge.
 */
@Service
public class FieldKitService {

    private static final String READERS = "hasAnyRole('ORGANIZER','RAPPORTEUR','CONTRIBUTOR')";
    private static final Pattern DEVICE_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SERVER_KEY = Pattern.compile("s(\\d{1,18})");

    private final FieldVisitRepository visits;
    private final SiteRepository sites;
    private final PhotoRepository photos;
    private final PhotoParts parts;
    private final FieldVisitService fieldVisits;
    private final ChecklistService checklists;
    private final AgendaService agenda;
    private final ParticipantService participants;
    private final ReviewService reviews;
    private final Clock clock;

    FieldKitService(
            FieldVisitRepository visits,
            SiteRepository sites,
            PhotoRepository photos,
            PhotoParts parts,
            FieldVisitService fieldVisits,
            ChecklistService checklists,
            AgendaService agenda,
            ParticipantService participants,
            ReviewService reviews,
            Clock clock) {
        this.visits = visits;
        this.sites = sites;
        this.photos = photos;
        this.parts = parts;
        this.fieldVisits = fieldVisits;
        this.checklists = checklists;
        this.agenda = agenda;
        this.participants = participants;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** A visit the signed-in person may take offline: they are on its team, or organize the review. */
    public record VisitToTake(long visitId, long sessionId, String title, java.time.Instant start, String zone) {}

    /** The field visits of a review whose sites the signed-in person may record, in programme order. */
    @PreAuthorize(READERS)
    @Transactional
    public List<VisitToTake> visitsToTake(long reviewId, java.time.ZoneId zone) {
        return agenda.sessions(reviewId, zone, AgendaFilter.day(null)).stream()
                .filter(s -> s.getType() == SessionType.FIELD_VISIT && fieldVisits.canRecord(s.id()))
                .map(s -> new VisitToTake(
                        fieldVisits.forSession(s.id()).id(), s.id(), s.getTitle(), s.getStart(), zone.getId()))
                .toList();
    }

    /** Everything the kit keeps on the device to work on this visit with no network. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public KitVisit download(long visitId) {
        FieldVisit visit = requireMember(visitId);
        AgendaSession session = agenda.session(visit.getSessionId()).orElseThrow(NotFound::new);
        List<String> team =
                participants
                        .refsById(session.getPeople().stream()
                                .map(SessionPerson::participantId)
                                .toList())
                        .values()
                        .stream()
                        .map(ParticipantRef::name)
                        .sorted()
                        .toList();
        List<Site> all = sites.findByFieldVisitIdOrderByIdAsc(visitId);
        Checklist current = checklists.current(visit.getReviewId());
        TreeSet<Integer> used = new TreeSet<>();
        used.add(current.revision());
        all.forEach(s -> used.add(s.getChecklistRevision()));
        List<Checklist> revisions = used.stream()
                .map(r -> r == current.revision() ? current : checklists.revision(visit.getReviewId(), r))
                .toList();
        return new KitVisit(
                visit.id(),
                visit.getSessionId(),
                visit.getReviewId(),
                session.getTitle(),
                session.getStart(),
                session.getEnd(),
                reviews.find(visit.getReviewId()).map(r -> r.zone().getId()).orElse("UTC"),
                visit.getDeparturePlace(),
                visit.getDepartureAt(),
                team,
                current.revision(),
                revisions,
                all.stream().map(this::kitSite).toList(),
                CurrentUser.name(),
                clock.instant());
    }

    /**
     * Stores a site the kit sent. {@code baseVersion} is the version the member's change started
     * from (none for a site made on the device).
     */
    @PreAuthorize(READERS)
    @Transactional
    public SiteSync putSite(
            long visitId, String key, @Nullable Long baseVersion, SiteDraft draft, @Nullable String recordedBy) {
        requireSamePerson(recordedBy);
        requireMember(visitId);
        Optional<Site> known = find(visitId, key);
        if (known.isEmpty()) {
            if (!DEVICE_ID.matcher(key).matches()) {
                throw new NotFound();
            }
            Site created = new Site();
            created.setFieldVisitId(visitId);
            created.setDeviceId(key);
            draft.applyTo(created);
            return new SiteSync(SiteSync.Outcome.STORED, kitSite(fieldVisits.saveSite(created)));
        }
        Site site = known.get();
        Site proposed = new Site();
        draft.applyTo(proposed);
        if (SiteDraft.of(proposed).equals(SiteDraft.of(site))) {
            return new SiteSync(SiteSync.Outcome.ALREADY_STORED, kitSite(site));
        }
        if (baseVersion == null || baseVersion != site.getVersion()) {
            return new SiteSync(SiteSync.Outcome.CONFLICT, kitSite(site));
        }
        draft.applyTo(site);
        return new SiteSync(SiteSync.Outcome.STORED, kitSite(fieldVisits.saveSite(site)));
    }

    /** How many bytes of a photo have arrived, so an interrupted upload goes on from there. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long photoReceived(String photoDeviceId) {
        requireDeviceId(photoDeviceId);
        return photos.findByDeviceId(photoDeviceId).isPresent()
                ? -1
                : parts.received(CurrentUser.name(), photoDeviceId);
    }

    /** Appends one part of a photo; answers with how many bytes have arrived. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long receivePhotoPart(
            long visitId, String siteKey, String photoDeviceId, long offset, long total, byte[] part) {
        requireMember(visitId);
        if (find(visitId, siteKey).isEmpty()) {
            throw new NotFound();
        }
        requireDeviceId(photoDeviceId);
        return parts.append(CurrentUser.name(), photoDeviceId, offset, total, part);
    }

    /**
     * Makes a photo of its parts once all have arrived. Sent again after it was stored, it answers
     * with the stored photo. A refused photo (not an image, no consent) leaves nothing behind.
     */
    @PreAuthorize(READERS)
    @Transactional
    public KitPhoto completePhoto(
            long visitId,
            String siteKey,
            String photoDeviceId,
            long total,
            boolean childrenVisible,
            boolean consentGiven,
            @Nullable String recordedBy) {
        requireSamePerson(recordedBy);
        requireMember(visitId);
        Site site = find(visitId, siteKey).orElseThrow(NotFound::new);
        requireDeviceId(photoDeviceId);
        Optional<Photo> stored = photos.findByDeviceId(photoDeviceId);
        if (stored.isPresent()) {
            if (stored.get().getSiteId() != site.id()) {
                throw new TranslatedException("kit.error.photo-elsewhere");
            }
            return new KitPhoto(stored.get().id(), photoDeviceId);
        }
        if (childrenVisible && !consentGiven) {
            throw new TranslatedException("photo.error.consent-required");
        }
        String user = CurrentUser.name();
        byte[] bytes = parts.whole(user, photoDeviceId, total);
        try {
            Photo photo = fieldVisits.addPhoto(site.id(), bytes, childrenVisible, consentGiven, photoDeviceId);
            parts.discard(user, photoDeviceId);
            return new KitPhoto(photo.id(), photoDeviceId);
        } catch (TranslatedException refused) {
            // Resending the same bytes would be refused again: the kit starts the photo over.
            parts.discard(user, photoDeviceId);
            throw refused;
        }
    }

    private KitSite kitSite(Site site) {
        String key = site.getDeviceId() != null ? site.getDeviceId() : "s" + site.id();
        List<KitPhoto> taken = photos.findBySiteIdOrderByUploadedAtAsc(site.id()).stream()
                .map(p -> new KitPhoto(p.id(), p.getDeviceId()))
                .toList();
        return new KitSite(key, site.getVersion(), SiteDraft.of(site), taken);
    }

    private Optional<Site> find(long visitId, String key) {
        var server = SERVER_KEY.matcher(key);
        if (server.matches()) {
            return sites.findById(Long.parseLong(server.group(1))).filter(s -> s.getFieldVisitId() == visitId);
        }
        return sites.findByFieldVisitIdAndDeviceId(visitId, key);
    }

    private FieldVisit requireMember(long visitId) {
        FieldVisit visit = visits.findById(visitId).orElseThrow(NotFound::new);
        if (!fieldVisits.canRecord(visit.getSessionId())) {
            throw new AccessDeniedException("not on the team of field visit " + visitId);
        }
        return visit;
    }

    /**
     * On a shared tablet the outbox may hold one member's work while another is signed in: it is
     * refused, never stored under the wrong name. (Records that name no one are the signed-in person's.)
     */
    private static void requireSamePerson(@Nullable String recordedBy) {
        if (recordedBy != null && !recordedBy.equalsIgnoreCase(CurrentUser.name())) {
            throw new TranslatedException("kit.error.other-person", recordedBy);
        }
    }

    private static void requireDeviceId(String deviceId) {
        if (!DEVICE_ID.matcher(deviceId).matches()) {
            throw new TranslatedException("kit.error.device-id");
        }
    }
}
