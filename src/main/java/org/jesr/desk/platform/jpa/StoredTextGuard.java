package org.jesr.desk.platform.jpa;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.jesr.desk.base.TextRules;
import org.springframework.stereotype.Component;

/**
 * The text rules for every text that is stored, not only where a service remembered to ask: no
 * control characters and no bidirectional overrides, which reverse text on the room display and
 * hide what a link or file name really says. Services still check first, so most refusals name
 * their field; this catches the text no service checked (an announcement, a delegation's country).
 * On update only the values that changed are checked, so older data never blocks an unrelated edit.
 */
@Component
class StoredTextGuard implements PreInsertEventListener, PreUpdateEventListener {

    private final EntityManagerFactory entityManagerFactory;

    StoredTextGuard(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry =
                entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.PRE_INSERT, this);
        registry.appendListeners(EventType.PRE_UPDATE, this);
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        for (Object value : event.getState()) {
            if (value instanceof String text) {
                TextRules.requireClean(text);
            }
        }
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        Object[] before = event.getOldState();
        Object[] after = event.getState();
        for (int i = 0; i < after.length; i++) {
            if (after[i] instanceof String text && (before == null || !Objects.equals(before[i], text))) {
                TextRules.requireClean(text);
            }
        }
        return false;
    }
}
