package org.jesr.desk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;

/**
 * Tells the person at the screen whether what they see is live. The browser knows
 * first when the connection drops, so the state is switched there, not on the server.
 */
public class LiveIndicator extends Span {

    public LiveIndicator() {
        setId("live-state");
        addClassName("live-state");
        getElement().setAttribute("data-live", getTranslation("live.connected"));
        getElement().setAttribute("data-reconnecting", getTranslation("live.reconnecting"));
        setText(getTranslation("live.connected"));
        getElement().setAttribute("data-state", "connected");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Vaadin's own connection toast says "Online" and "Connection lost" in English whatever the page's language.
        attachEvent
                .getUI()
                .getReconnectDialogConfiguration()
                .setDialogText(getTranslation("live.indicator.reconnecting"));
        attachEvent
                .getUI()
                .getReconnectDialogConfiguration()
                .setDialogTextGaveUp(getTranslation("live.indicator.offline"));
        getElement()
                .executeJs(
                        """
                const ci = window.Vaadin && window.Vaadin.connectionIndicator;
                if (ci) {
                  ci.onlineText = $0;
                  ci.offlineText = $1;
                  ci.reconnectingText = $2;
                }
                """,
                        getTranslation("live.indicator.online"),
                        getTranslation("live.indicator.offline"),
                        getTranslation("live.indicator.reconnecting"));
        getElement().executeJs("""
                const el = this;
                const show = (state) => {
                  const down = state === 'reconnecting' || state === 'connection-lost';
                  el.dataset.state = down ? 'reconnecting' : 'connected';
                  el.textContent = down ? el.dataset.reconnecting : el.dataset.live;
                };
                const cs = window.Vaadin && window.Vaadin.connectionState;
                if (cs && !el.dataset.watching) {
                  el.dataset.watching = 'yes';
                  show(cs.state);
                  cs.addStateChangeListener((previous, next) => show(next));
                }
                """);
    }
}
