package org.jesr.desk.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jesr.desk.base.AbstractEntity;

/**
 * A file in the review's document library. The user's file name is kept only to show and
 * to offer on download; the file itself lives under a generated name in the data folder.
 */
@Entity
@Table(name = "document")
public class LibraryDocument extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentCategory category = DocumentCategory.OTHER;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName = "";

    @Column(name = "stored_name", nullable = false, length = 60)
    private String storedName = "";

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy = "";

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_link", joinColumns = @JoinColumn(name = "document_id"))
    private Set<DocumentLink> links = new LinkedHashSet<>();

    protected LibraryDocument() {}

    LibraryDocument(
            long reviewId,
            String title,
            DocumentCategory category,
            String fileName,
            String storedName,
            String contentType,
            long size,
            String uploadedBy,
            Instant uploadedAt) {
        this.reviewId = reviewId;
        this.title = title;
        this.category = category;
        this.fileName = fileName;
        this.storedName = storedName;
        this.contentType = contentType;
        this.size = size;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long getReviewId() {
        return reviewId;
    }

    public String getTitle() {
        return title;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Set<DocumentLink> getLinks() {
        return Set.copyOf(links);
    }

    void setLinks(Set<DocumentLink> links) {
        this.links.clear();
        this.links.addAll(links);
    }
}
