package org.jesr.desk.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.base.AbstractEntity;

/** What a delegation came to learn, tied to the themes and kinds of session that serve it. */
@Entity
@Table(name = "learning_objective")
public class LearningObjective extends AbstractEntity {

    @Column(name = "delegation_id", nullable = false)
    private long delegationId;

    @Column(nullable = false, length = 1000)
    private String text = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_objective_theme", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_objective_type", joinColumns = @JoinColumn(name = "objective_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "session_type")
    private Set<SessionType> sessionTypes = new LinkedHashSet<>();

    /**
     * A session serves the objective when it is of one of its kinds of session (if any are
     * named) and about one of its themes (if any are named); an objective naming neither serves nothing.
     */
    public boolean servedBy(AgendaSession session) {
        if (themeIds.isEmpty() && sessionTypes.isEmpty()) {
            return false;
        }
        boolean type = sessionTypes.isEmpty() || sessionTypes.contains(session.getType());
        boolean theme = themeIds.isEmpty() || (session.getThemeId() != null && themeIds.contains(session.getThemeId()));
        return type && theme;
    }

    public long getDelegationId() {
        return delegationId;
    }

    public void setDelegationId(long delegationId) {
        this.delegationId = delegationId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public void setThemeIds(Set<Long> ids) {
        themeIds.clear();
        themeIds.addAll(ids);
    }

    public Set<SessionType> getSessionTypes() {
        return Set.copyOf(sessionTypes);
    }

    public void setSessionTypes(Set<SessionType> types) {
        sessionTypes.clear();
        sessionTypes.addAll(types);
    }
}
