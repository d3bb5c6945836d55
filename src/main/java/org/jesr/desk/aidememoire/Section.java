package org.jesr.desk.aidememoire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One section. What the data produced and what an editor wrote are kept apart, so drafting
 * again from newer data never overwrites an edit: the new text waits as pending until the
 * editor takes it or keeps their own. Paragraphs are separated by a blank line.
 */
@Entity
@Table(name = "aide_memoire_section")
public class Section extends AbstractEntity {

    public static final int TEXT_MAX = 200_000;

    @Column(name = "aide_memoire_id", nullable = false)
    private long aideMemoireId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section_key", nullable = false, length = 30)
    private SectionKey key = SectionKey.INTRODUCTION;

    @Column(name = "generated_text", nullable = false, length = TEXT_MAX)
    private String generated = "";

    @Column(name = "edited_text", length = TEXT_MAX)
    private @Nullable String edited;

    @Column(name = "pending_text", length = TEXT_MAX)
    private @Nullable String pending;

    @Column(name = "edited_by", length = 60)
    private @Nullable String editedBy;

    protected Section() {}

    Section(long aideMemoireId, SectionKey key, String generated) {
        this.aideMemoireId = aideMemoireId;
        this.key = key;
        this.generated = generated;
    }

    /** The text that goes into the document: the edit if there is one, else the data's. */
    public String text() {
        return edited != null ? edited : generated;
    }

    public List<String> paragraphs() {
        return paragraphs(text());
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public long getAideMemoireId() {
        return aideMemoireId;
    }

    public SectionKey getKey() {
        return key;
    }

    public String getGenerated() {
        return generated;
    }

    void setGenerated(String generated) {
        this.generated = generated;
    }

    public @Nullable String getEdited() {
        return edited;
    }

    void setEdited(@Nullable String edited, @Nullable String by) {
        this.edited = edited;
        this.editedBy = by;
    }

    public @Nullable String getPending() {
        return pending;
    }

    void setPending(@Nullable String pending) {
        this.pending = pending;
    }

    public @Nullable String getEditedBy() {
        return editedBy;
    }
}
