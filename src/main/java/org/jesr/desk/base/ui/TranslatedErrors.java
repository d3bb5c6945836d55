package org.jesr.desk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The safety net behind {@link Actions}: a rule broken in a listener nobody wrapped still reaches the
 * user as the same translated notification, instead of Vaadin's generic "internal error".
 */
@Component
class TranslatedErrors implements VaadinServiceInitListener, ErrorHandler {

    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && event.getThrowable() instanceof RuntimeException error && Notifications.explains(error)) {
            Notifications.error(ui, error);
        } else {
            fallback.error(event);
        }
    }
}
