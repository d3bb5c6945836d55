package org.jesr.desk.aidememoire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import org.jesr.desk.base.AbstractEntity;
import org.jesr.desk.base.Language;
import org.jspecify.annotations.Nullable;

/** The review's aide-memoire, one per review. */
@Entity
@Table(name = "aide_memoire")
public class AideMemoire extends AbstractEntity {

    @Column(name = "review_id", nullable = false, unique = true)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AideMemoireStatus status = AideMemoireStatus.DRAFT;

    @Column(nullable = false, length = 5)
    private String language = Language.DEFAULT.code();

    @Column(name = "key_messages", length = 4000)
    private @Nullable String keyMessages;

    protected AideMemoire() {}

    AideMemoire(long reviewId, String language) {
        this.reviewId = reviewId;
        this.language = language;
    }

    public long getReviewId() {
        return reviewId;
    }

    public AideMemoireStatus getStatus() {
        return status;
    }

    void setStatus(AideMemoireStatus status) {
        this.status = status;
    }

    public String getLanguage() {
        return language;
    }

    public List<String> keyMessages() {
        return keyMessages == null
                ? List.of()
                : keyMessages
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    void setKeyMessages(@Nullable String keyMessages) {
        this.keyMessages = keyMessages;
    }

    void setLanguage(String language) {
        this.language = language;
    }
}
