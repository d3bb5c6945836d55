package org.jesr.desk.aidememoire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A comment on one numbered paragraph of a circulated version, and the secretariat's answer. */
@Entity
@Table(name = "aide_memoire_comment")
public class ParagraphComment extends AbstractEntity {

    public static final int BODY_MAX = 4000;
    public static final int REPLY_MAX = 2000;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "paragraph_number", nullable = false)
    private int paragraphNumber;

    @Column(nullable = false, length = 60)
    private String author = "";

    @Column(nullable = false, length = BODY_MAX)
    private String body = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable CommentResolution resolution;

    @Column(length = REPLY_MAX)
    private @Nullable String reply;

    @Column(name = "resolved_by", length = 60)
    private @Nullable String resolvedBy;

    protected ParagraphComment() {}

    ParagraphComment(long versionId, int paragraphNumber, String author, String body, Instant createdAt) {
        this.versionId = versionId;
        this.paragraphNumber = paragraphNumber;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    void resolve(CommentResolution resolution, @Nullable String reply, String by) {
        this.resolution = resolution;
        this.reply = reply;
        this.resolvedBy = by;
    }

    public long getVersionId() {
        return versionId;
    }

    public int getParagraphNumber() {
        return paragraphNumber;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable CommentResolution getResolution() {
        return resolution;
    }

    public @Nullable String getReply() {
        return reply;
    }

    public @Nullable String getResolvedBy() {
        return resolvedBy;
    }
}
