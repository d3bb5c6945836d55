package org.jesr.desk.review.internal;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.jesr.desk.base.ArchiveWritable;
import org.jesr.desk.base.TranslatedException;
import org.springframework.stereotype.Component;

/**
 * Keeps an archived review read-only, whatever screen or service tries: any entity that carries a
 * review id is refused insert, update and delete while that review is archived, except fields marked
 * {@link ArchiveWritable} (the follow-up of its recommendations). One rule in one place, rather than a
 * check in each of the features' services.
 */
@Component
class ArchivedReviewGuard implements PreInsertEventListener, PreUpdateEventListener, PreDeleteEventListener {

    private static final String REVIEW_ID = "reviewId";

    private final EntityManagerFactory entityManagerFactory;
    private final ReviewArchive archive;
    private final Map<Class<?>, Set<String>> writableFields = new ConcurrentHashMap<>();

    ArchivedReviewGuard(EntityManagerFactory entityManagerFactory, ReviewArchive archive) {
        this.entityManagerFactory = entityManagerFactory;
        this.archive = archive;
    }

    @PostConstruct
    void register() {
        var registry =
                entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.PRE_INSERT, this);
        registry.appendListeners(EventType.PRE_UPDATE, this);
        registry.appendListeners(EventType.PRE_DELETE, this);
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        check(event.getPersister().getPropertyNames(), event.getState());
        return false;
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        check(event.getPersister().getPropertyNames(), event.getDeletedState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        String[] names = event.getPersister().getPropertyNames();
        Object[] before = event.getOldState();
        Object[] after = event.getState();
        if (before != null) {
            Set<String> writable =
                    writableFields.computeIfAbsent(event.getEntity().getClass(), ArchivedReviewGuard::writable);
            boolean onlyWritable = IntStream.range(0, names.length)
                    .filter(i -> !Objects.equals(before[i], after[i]))
                    .allMatch(i -> writable.contains(names[i]));
            if (onlyWritable) {
                return false;
            }
        }
        check(names, after);
        return false;
    }

    private void check(String[] names, Object[] state) {
        int index = Arrays.asList(names).indexOf(REVIEW_ID);
        if (index >= 0 && state[index] instanceof Long reviewId && archive.isArchived(reviewId)) {
            throw new TranslatedException("review.error.archived");
        }
    }

    private static Set<String> writable(Class<?> type) {
        // The version moves with every update, whatever changed.
        Set<String> names = new HashSet<>(Set.of("version"));
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Arrays.stream(c.getDeclaredFields())
                    .filter(f -> f.isAnnotationPresent(ArchiveWritable.class))
                    .map(Field::getName)
                    .forEach(names::add);
        }
        return names.stream().collect(Collectors.toUnmodifiableSet());
    }
}
