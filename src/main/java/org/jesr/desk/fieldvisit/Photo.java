package org.jesr.desk.fieldvisit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A photo taken at a site; the file itself, stripped of its metadata, lives in the data folder. */
@Entity
@Table(name = "visit_photo")
public class Photo extends AbstractEntity {

    @Column(name = "site_id", nullable = false)
    private long siteId;

    @Column(name = "stored_name", nullable = false, length = 80)
    private String storedName = "";

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "children_visible", nullable = false)
    private boolean childrenVisible;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy = "";

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;

    /** Made by the field kit on the device, so a photo sent twice is stored once. */
    @Column(name = "device_id", length = 40)
    private @Nullable String deviceId;

    static Photo of(
            long siteId,
            String storedName,
            String contentType,
            long size,
            boolean childrenVisible,
            boolean consentGiven,
            String uploadedBy,
            Instant uploadedAt) {
        Photo photo = new Photo();
        photo.siteId = siteId;
        photo.storedName = storedName;
        photo.contentType = contentType;
        photo.size = size;
        photo.childrenVisible = childrenVisible;
        photo.consentGiven = consentGiven;
        photo.uploadedBy = uploadedBy;
        photo.uploadedAt = uploadedAt;
        return photo;
    }

    public long getSiteId() {
        return siteId;
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

    public boolean isChildrenVisible() {
        return childrenVisible;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public @Nullable String getDeviceId() {
        return deviceId;
    }

    void setDeviceId(@Nullable String deviceId) {
        this.deviceId = deviceId;
    }
}
