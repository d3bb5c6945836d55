package org.jesr.desk.workinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;

/** One saved state of one field of the notes: who saved what, when. Never changed afterwards. */
@Entity
@Table(name = "notes_revision")
public class NotesRevision extends AbstractEntity {

    @Column(name = "notes_id", nullable = false)
    private long notesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotesField field = NotesField.SUMMARY;

    @Column(name = "body", length = SessionNotes.TEXT_MAX)
    private String text = "";

    @Column(nullable = false, length = 60)
    private String author = "";

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    static NotesRevision of(long notesId, NotesField field, String text, String author, Instant savedAt) {
        NotesRevision revision = new NotesRevision();
        revision.notesId = notesId;
        revision.field = field;
        revision.text = text;
        revision.author = author;
        revision.savedAt = savedAt;
        return revision;
    }

    public long getNotesId() {
        return notesId;
    }

    public NotesField getField() {
        return field;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
