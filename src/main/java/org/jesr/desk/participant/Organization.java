package org.jesr.desk.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A ministry department, development partner, civil-society group or delegation.
 * Organizations outlive a single review, so they are not tied to one.
 */
@Entity
@Table(name = "organization")
public class Organization extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int ACRONYM_MAX = 30;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name = "";

    @Column(length = ACRONYM_MAX)
    private @Nullable String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Constituency constituency = Constituency.GOVERNMENT;

    /** The acronym where there is one, as people say it in the room. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getAcronym() {
        return acronym;
    }

    public void setAcronym(@Nullable String acronym) {
        this.acronym = acronym;
    }

    public Constituency getConstituency() {
        return constituency;
    }

    public void setConstituency(Constituency constituency) {
        this.constituency = constituency;
    }
}
