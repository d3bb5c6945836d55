package org.jesr.desk.agenda;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One item of the programme. Times are instants and shown in the review's time zone;
 * the room, theme and people are other data held by id.
 */
@Entity
@Table(name = "agenda_session")
public class AgendaSession extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, length = 20)
    private SessionType type = SessionType.PLENARY;

    @Column(name = "starts_at", nullable = false)
    private Instant start = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant end = Instant.EPOCH;

    @Column(name = "room_id")
    private @Nullable Long roomId;

    @Column(name = "theme_id")
    private @Nullable Long themeId;

    @Column(length = TEXT_MAX)
    private @Nullable String description;

    /** One link per line: the concept note, presentations, the progress report section. */
    @Column(name = "document_links", length = TEXT_MAX)
    private @Nullable String documentLinks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.SCHEDULED;

    /** Minutes the session runs late against the published programme. */
    @Column(name = "delay_minutes", nullable = false)
    private int delayMinutes;

    /** Set when the room changed on the day, so screens can say "moved". */
    @Column(nullable = false)
    private boolean moved;

    /** Grows with every change of time, room or status: iCalendar clients use it to update. */
    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_person", joinColumns = @JoinColumn(name = "session_id"))
    private Set<SessionPerson> people = new LinkedHashSet<>();

    public boolean overlaps(AgendaSession other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean involves(long participantId) {
        return people.stream().anyMatch(p -> p.participantId() == participantId);
    }

    public boolean hasRole(PersonRole role) {
        return people.stream().anyMatch(p -> p.role() == role);
    }

    public boolean isActive() {
        return status.isActive();
    }

    /** A copy for the "duplicate" action: same content, new identity, fresh status. */
    public AgendaSession copy() {
        AgendaSession copy = new AgendaSession();
        copy.reviewId = reviewId;
        copy.title = title;
        copy.type = type;
        copy.start = start;
        copy.end = end;
        copy.roomId = roomId;
        copy.themeId = themeId;
        copy.description = description;
        copy.documentLinks = documentLinks;
        copy.visibility = visibility;
        copy.people = new LinkedHashSet<>(people);
        return copy;
    }

    void shift(Duration by) {
        start = start.plus(by);
        end = end.plus(by);
    }

    void touch() {
        sequence++;
    }

    public long getReviewId() {
        return reviewId;
    }

    public void setReviewId(long reviewId) {
        this.reviewId = reviewId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SessionType getType() {
        return type;
    }

    public void setType(SessionType type) {
        this.type = type;
    }

    public Instant getStart() {
        return start;
    }

    public void setStart(Instant start) {
        this.start = start;
    }

    public Instant getEnd() {
        return end;
    }

    public void setEnd(Instant end) {
        this.end = end;
    }

    public @Nullable Long getRoomId() {
        return roomId;
    }

    public void setRoomId(@Nullable Long roomId) {
        this.roomId = roomId;
    }

    public @Nullable Long getThemeId() {
        return themeId;
    }

    public void setThemeId(@Nullable Long themeId) {
        this.themeId = themeId;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getDocumentLinks() {
        return documentLinks;
    }

    public void setDocumentLinks(@Nullable String documentLinks) {
        this.documentLinks = documentLinks;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public SessionStatus getStatus() {
        return status;
    }

    void setStatus(SessionStatus status) {
        this.status = status;
    }

    public int getDelayMinutes() {
        return delayMinutes;
    }

    void setDelayMinutes(int delayMinutes) {
        this.delayMinutes = delayMinutes;
    }

    public boolean isMoved() {
        return moved;
    }

    void setMoved(boolean moved) {
        this.moved = moved;
    }

    public int getSequence() {
        return sequence;
    }

    public Set<SessionPerson> getPeople() {
        return people;
    }

    public void setPeople(Set<SessionPerson> people) {
        this.people = new LinkedHashSet<>(people);
    }
}
