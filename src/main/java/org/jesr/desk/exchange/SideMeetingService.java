package org.jesr.desk.exchange;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.PersonRole;
import org.jesr.desk.agenda.SessionPerson;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.exchange.internal.DelegationRepository;
import org.jesr.desk.exchange.internal.ExchangeAccess;
import org.jesr.desk.exchange.internal.SideMeetingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Side meetings a delegation asks for. Accepting one schedules a restricted SIDE_MEETING session
 * that only the delegation, the people met and the organizers see.
 */
@Service
public class SideMeetingService {

    private final SideMeetingRepository requests;
    private final DelegationRepository delegations;
    private final ExchangeAccess access;
    private final AgendaService agenda;

    SideMeetingService(
            SideMeetingRepository requests,
            DelegationRepository delegations,
            ExchangeAccess access,
            AgendaService agenda) {
        this.requests = requests;
        this.delegations = delegations;
        this.access = access;
        this.agenda = agenda;
    }

    @PreAuthorize("hasAnyRole('OBSERVER','ORGANIZER')")
    @Transactional
    public SideMeetingRequest request(SideMeetingRequest request) {
        Delegation delegation = delegation(request.getDelegationId());
        if (!access.member(delegation) && !access.organizer()) {
            throw new TranslatedException("delegation.error.not-member");
        }
        if (request.getTopic().isBlank() || request.getTopic().length() > 500) {
            throw new TranslatedException("side-meeting.error.topic");
        }
        if (request.getWithOrganizationId() == null && request.getWithParticipantId() == null) {
            throw new TranslatedException("side-meeting.error.with");
        }
        return requests.save(request);
    }

    /** Organizers see every request; a delegation sees its own and where each stands. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SideMeetingRequest> requests(long reviewId) {
        List<Delegation> visible = delegations.findByReviewIdOrderByCountryAsc(reviewId).stream()
                .filter(d -> access.organizer() || access.member(d))
                .toList();
        return requests.findByDelegationIdInOrderByIdAsc(
                visible.stream().map(Delegation::getId).toList());
    }

    /** Schedules the meeting; the hosts are the participants the delegation will meet. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AgendaSession accept(
            long requestId,
            String title,
            Instant start,
            Instant end,
            @Nullable Long roomId,
            Set<Long> hostParticipantIds) {
        SideMeetingRequest request = pending(requestId);
        Delegation delegation = delegation(request.getDelegationId());
        Set<SessionPerson> people = new LinkedHashSet<>();
        delegation.getMemberIds().forEach(id -> people.add(new SessionPerson(id, PersonRole.MEMBER)));
        hostParticipantIds.forEach(id -> people.add(new SessionPerson(id, PersonRole.MEMBER)));
        if (request.getWithParticipantId() != null) {
            people.add(new SessionPerson(request.getWithParticipantId(), PersonRole.MEMBER));
        }
        AgendaSession session = new AgendaSession();
        session.setReviewId(delegation.getReviewId());
        session.setTitle(title);
        session.setType(SessionType.SIDE_MEETING);
        session.setStart(start);
        session.setEnd(end);
        session.setRoomId(roomId);
        session.setDescription(request.getTopic());
        session.setVisibility(Visibility.RESTRICTED);
        session.setPeople(people);
        AgendaSession saved = agenda.save(session).session();
        request.setStatus(RequestStatus.ACCEPTED);
        request.setSessionId(saved.getId());
        requests.save(request);
        return saved;
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public SideMeetingRequest decline(long requestId, String reason) {
        SideMeetingRequest request = pending(requestId);
        if (reason.isBlank() || reason.length() > 500) {
            throw new TranslatedException("side-meeting.error.reason");
        }
        request.setStatus(RequestStatus.DECLINED);
        request.setDeclineReason(reason.strip());
        return requests.save(request);
    }

    private SideMeetingRequest pending(long requestId) {
        SideMeetingRequest request = requests.findById(requestId).orElseThrow(NotFound::new);
        if (request.getStatus() != RequestStatus.REQUESTED) {
            throw new TranslatedException("side-meeting.error.decided");
        }
        return request;
    }

    private Delegation delegation(long id) {
        return delegations.findById(id).orElseThrow(NotFound::new);
    }
}
