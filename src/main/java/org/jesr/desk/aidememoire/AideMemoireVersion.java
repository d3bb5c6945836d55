package org.jesr.desk.aidememoire;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.Language;

/** A frozen, circulated version (v1, v2, …). It has no setters: once made, it never changes. */
@Entity
@Table(name = "aide_memoire_version")
public class AideMemoireVersion extends AbstractEntity {

    @Column(name = "aide_memoire_id", nullable = false)
    private long aideMemoireId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AideMemoireStatus status = AideMemoireStatus.DRAFT;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt = Instant.EPOCH;

    @Column(name = "frozen_by", nullable = false, length = 60)
    private String frozenBy = "";

    /** The language the paragraphs were drafted in: the whole document is printed in it. */
    @Column(nullable = false, length = 5)
    private String language = Language.DEFAULT.code();

    /** The recommendations matrix and the indicators table as they were when frozen, per language, as JSON. */
    @Column(name = "tables_json", nullable = false, length = 1_000_000)
    private String tablesJson = "{}";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "aide_memoire_paragraph", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Paragraph> paragraphs = new ArrayList<>();

    protected AideMemoireVersion() {}

    AideMemoireVersion(
            long aideMemoireId,
            int number,
            AideMemoireStatus status,
            Instant frozenAt,
            String frozenBy,
            String language,
            List<Paragraph> paragraphs,
            String tablesJson) {
        this.language = language;
        this.tablesJson = tablesJson;
        this.aideMemoireId = aideMemoireId;
        this.number = number;
        this.status = status;
        this.frozenAt = frozenAt;
        this.frozenBy = frozenBy;
        this.paragraphs.addAll(paragraphs);
    }

    public long getAideMemoireId() {
        return aideMemoireId;
    }

    public String getLanguage() {
        return language;
    }

    public int getNumber() {
        return number;
    }

    public AideMemoireStatus getStatus() {
        return status;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getFrozenBy() {
        return frozenBy;
    }

    public List<Paragraph> getParagraphs() {
        return List.copyOf(paragraphs);
    }

    String getTablesJson() {
        return tablesJson;
    }
}
