package org.jesr.desk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Tells the person at the screen whether what they see is live. The browser knows first when the
 * connection drops, so the state is switched there ({@code frontend/components/jesr-live-state.js});
 * the server gives it the words in the page's language.
 */
@Tag("jesr-live-state")
@JsModule("./components/jesr-live-state.js")
public class LiveIndicator extends Component implements HasText, HasStyle {

    public LiveIndicator() {
        setId("live-state");
        addClassName("live-state");
        getElement().setAttribute("data-live", getTranslation("live.connected"));
        getElement().setAttribute("data-reconnecting", getTranslation("live.reconnecting"));
        // Vaadin's own connection toast says "Online" and "Connection lost" in English whatever the page's language.
        getElement().setAttribute("online-text", getTranslation("live.indicator.online"));
        getElement().setAttribute("offline-text", getTranslation("live.indicator.offline"));
        getElement().setAttribute("reconnecting-text", getTranslation("live.indicator.reconnecting"));
        setText(getTranslation("live.connected"));
        getElement().setAttribute("data-state", "connected");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent
                .getUI()
                .getReconnectDialogConfiguration()
                .setDialogText(getTranslation("live.indicator.reconnecting"));
        attachEvent
                .getUI()
                .getReconnectDialogConfiguration()
                .setDialogTextGaveUp(getTranslation("live.indicator.offline"));
    }
}
