package org.jesr.desk.fieldvisit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionPerson;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.fieldvisit.internal.FieldVisitRepository;
import org.jesr.desk.fieldvisit.internal.PhotoRepository;
import org.jesr.desk.fieldvisit.internal.PhotoStore;
import org.jesr.desk.fieldvisit.internal.SiteRepository;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field visits: their logistics, the sites visited and what the team observed there.
 * Organizers plan; the team (the people on the visit's session) records observations.
 */
@Service
public class FieldVisitService {

    private static final String READERS = "hasAnyRole('ORGANIZER','RAPPORTEUR','CONTRIBUTOR')";

    private final FieldVisitRepository visits;
    private final SiteRepository sites;
    private final PhotoRepository photos;
    private final PhotoStore store;
    private final AgendaService agenda;
    private final ParticipantService participants;
    private final ChecklistService checklists;
    private final Clock clock;

    FieldVisitService(
            FieldVisitRepository visits,
            SiteRepository sites,
            PhotoRepository photos,
            PhotoStore store,
            AgendaService agenda,
            ParticipantService participants,
            ChecklistService checklists,
            Clock clock) {
        this.visits = visits;
        this.sites = sites;
        this.photos = photos;
        this.store = store;
        this.agenda = agenda;
        this.participants = participants;
        this.checklists = checklists;
        this.clock = clock;
    }

    /** The visit of a field-visit session, created on first use. */
    @PreAuthorize(READERS)
    @Transactional
    public FieldVisit forSession(long sessionId) {
        AgendaSession session = agenda.session(sessionId)
                .filter(s -> s.getType() == SessionType.FIELD_VISIT)
                .orElseThrow(NotFound::new);
        return visits.findBySessionId(sessionId)
                .orElseGet(() -> visits.saveAndFlush(FieldVisit.of(session.getReviewId(), sessionId)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<FieldVisit> find(long sessionId) {
        return visits.findBySessionId(sessionId);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public FieldVisit saveLogistics(FieldVisit visit) {
        return visits.saveAndFlush(visit);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean canRecord(long sessionId) {
        if (CurrentUser.hasRole(AppRoles.ORGANIZER)) {
            return true;
        }
        AgendaSession session = agenda.session(sessionId).orElse(null);
        return session != null
                && participants
                        .currentParticipant(session.getReviewId())
                        .map(me -> session.involves(me.id()))
                        .orElse(false);
    }

    /** Which constituencies the team lacks; a joint review wants government, partners and civil society on each. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Set<Constituency> missingConstituencies(long sessionId) {
        AgendaSession session = agenda.session(sessionId).orElseThrow(NotFound::new);
        Set<Constituency> present =
                participants
                        .refsById(session.getPeople().stream()
                                .map(SessionPerson::participantId)
                                .toList())
                        .values()
                        .stream()
                        .map(ParticipantRef::constituency)
                        .collect(Collectors.toSet());
        return Set.of(Constituency.GOVERNMENT, Constituency.DEVELOPMENT_PARTNER, Constituency.CIVIL_SOCIETY).stream()
                .filter(c -> !present.contains(c))
                .collect(Collectors.toSet());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Site> sites(long fieldVisitId) {
        return sites.findByFieldVisitIdOrderByIdAsc(fieldVisitId);
    }

    /** What the visit's sites add up to, for its report and the aide-memoire's findings. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public VisitFigures figures(long fieldVisitId) {
        FieldVisit visit = visits.findById(fieldVisitId).orElseThrow(NotFound::new);
        return VisitFigures.of(
                sites.findByFieldVisitIdOrderByIdAsc(fieldVisitId), checklists.current(visit.getReviewId()));
    }

    @PreAuthorize(READERS)
    @Transactional
    public Site saveSite(Site site) {
        FieldVisit visit = requireRecorder(site.getFieldVisitId());
        if (site.getName().isBlank() || site.getDistrict().isBlank()) {
            throw new TranslatedException("validation.required");
        }
        TextRules.requireClean(site.getName(), 200);
        TextRules.requireClean(site.getDistrict(), 120);
        TextRules.requireClean(site.getNotes(), 4000);
        if (site.getPupilsPresent() != null
                && site.getPupilsEnrolled() != null
                && site.getPupilsPresent() > site.getPupilsEnrolled()) {
            throw new TranslatedException("site.error.more-present-than-enrolled");
        }
        if (site.getLatitude() != null && Math.abs(site.getLatitude()) > 90
                || site.getLongitude() != null && Math.abs(site.getLongitude()) > 180) {
            throw new TranslatedException("site.error.position");
        }
        checklists.revision(visit.getReviewId(), site.getChecklistRevision()).requireFits(site.getAnswers());
        return sites.saveAndFlush(site);
    }

    /**
     * Stores a site photo after checking its size and real type and stripping its
     * metadata. A photo showing children needs the consent flag.
     */
    @PreAuthorize(READERS)
    @Transactional
    public Photo addPhoto(long siteId, byte[] bytes, boolean childrenVisible, boolean consentGiven) {
        return addPhoto(siteId, bytes, childrenVisible, consentGiven, null);
    }

    /**
     * As {@link #addPhoto(long, byte[], boolean, boolean)}, for a photo the field kit named on the
     * device: sent again (a lost answer, a retry), it is the photo already stored.
     */
    @PreAuthorize(READERS)
    @Transactional
    public Photo addPhoto(
            long siteId, byte[] bytes, boolean childrenVisible, boolean consentGiven, @Nullable String deviceId) {
        Site site = sites.findById(siteId).orElseThrow(NotFound::new);
        requireRecorder(site.getFieldVisitId());
        if (deviceId != null) {
            Optional<Photo> known = photos.findByDeviceId(deviceId);
            if (known.isPresent()) {
                if (known.get().getSiteId() != siteId) {
                    throw new TranslatedException("kit.error.photo-elsewhere");
                }
                return known.get();
            }
        }
        if (childrenVisible && !consentGiven) {
            throw new TranslatedException("photo.error.consent-required");
        }
        PhotoStore.Stored stored = store.store(bytes);
        Photo photo = Photo.of(
                siteId,
                stored.name(),
                stored.contentType(),
                stored.size(),
                childrenVisible,
                consentGiven,
                CurrentUser.name(),
                clock.instant());
        photo.setDeviceId(deviceId);
        return photos.saveAndFlush(photo);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Photo> photos(long siteId) {
        return photos.findBySiteIdOrderByUploadedAtAsc(siteId);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public byte[] photoBytes(long photoId) {
        return store.read(photos.findById(photoId).orElseThrow(NotFound::new).getStoredName());
    }

    private FieldVisit requireRecorder(long fieldVisitId) {
        FieldVisit visit = visits.findById(fieldVisitId).orElseThrow(NotFound::new);
        if (!canRecord(visit.getSessionId())) {
            throw new AccessDeniedException("not on the team of field visit " + fieldVisitId);
        }
        return visit;
    }
}
