package org.jesr.desk.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Base of every aggregate. The {@link Version} column makes a stale write fail with an
 * optimistic-locking error instead of silently overwriting someone else's change.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public @Nullable Long getId() {
        return id;
    }

    /**
     * The id of a saved entity. Services hand out saved entities only, so a missing id here is a bug,
     * said at once rather than as a NullPointerException further on; {@link #getId()} stays for the
     * few places (forms, persistence) that meet unsaved ones.
     */
    public Long id() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
