package org.jesr.desk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.TranslatedException;
import org.jspecify.annotations.Nullable;

/**
 * A text area that never loses what was typed. It saves a few seconds after typing stops
 * and when the field is left; meanwhile every keystroke is kept in the browser's local
 * storage, so text typed while the venue Wi-Fi is down survives a reload and is offered
 * back. A save on a stale copy is not lost either: both texts are shown for merging.
 */
@Tag("jesr-autosave")
@JsModule("./components/jesr-autosave.js")
public class AutosaveField extends Component implements HasComponents, HasSize, HasStyle {

    /** Stores the text if it was based on {@code baseVersion}; otherwise answers with what is stored. */
    @FunctionalInterface
    public interface Saver {
        Result save(String text, long baseVersion);
    }

    /** What the server answered. */
    public record Result(boolean saved, long version, String serverText, String otherAuthor) {}

    public static final int SAVE_AFTER_MILLIS = 2500;

    /** The same prefix as in jesr-autosave.js, whose sign-out clearing looks for it. */
    private static final String DRAFT_PREFIX = "jesr-draft:";

    private final TextArea area = new TextArea();
    private final Span state = new Span();
    private final Div stateLine = new Div(state);
    private final String storageKey;
    private final Saver saver;
    private long version;
    private String lastSaved;
    private @Nullable ZoneId zone;

    public AutosaveField(
            String id,
            String label,
            String storageKey,
            String text,
            long version,
            int maxLength,
            boolean editable,
            Saver saver) {
        this.storageKey = draftKey(storageKey);
        getElement().setAttribute("storage-key", this.storageKey);
        this.saver = saver;
        this.version = version;
        this.lastSaved = text;
        setId(id);
        addClassName("autosave-field");
        area.setId(id + "-text");
        area.setLabel(label);
        area.setWidthFull();
        // Low to start with, growing as text comes: four fields fit a portrait tablet.
        area.setMinHeight("4.5em");
        area.setMaxLength(maxLength);
        area.setValue(text);
        area.setReadOnly(!editable);
        // LAZY waits until typing pauses (TIMEOUT would send the first keystroke at once).
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(SAVE_AFTER_MILLIS);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(e.getValue());
            }
        });
        state.setId(id + "-state");
        state.addClassName("save-state");
        state.getElement().setAttribute("data-unsaved", getTranslation("autosave.unsaved"));
        // A field nobody may change has nothing to save: "Saved" under it would mislead.
        state.setVisible(editable);
        // One vocabulary for every field: nothing typed / saving / saved at hh:mm / not saved yet.
        show(text.isBlank() ? "empty" : "saved");
        stateLine.addClassName("save-line");
        add(area, stateLine);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (area.isReadOnly()) {
            return;
        }
        // Keystrokes go to local storage at once; on load, a draft that differs is handed to the server
        // (frontend/components/jesr-autosave.js). The element may be upgraded after this call is queued.
        getElement()
                .executeJs(
                        "customElements.whenDefined('jesr-autosave').then(() => this.watch($0, $1))",
                        area.getElement(),
                        state.getElement());
        getElement().setAttribute("data-base", String.valueOf(version));
    }

    /** Called by the browser with text it kept locally that the server does not have. */
    @ClientCallable
    public void offerDraft(String draft, long draftBase) {
        if (area.isReadOnly()) {
            return;
        }
        if (draftBase == version) {
            area.setValue(draft);
            save(draft);
            Notifications.warning(this, getTranslation("autosave.restored"));
        } else {
            new MergeDialog(draft, area.getValue(), getTranslation("autosave.saved-copy"), this::resolve).open();
        }
    }

    private void save(String text) {
        show("saving");
        try {
            Result result = saver.save(text, version);
            if (result.saved()) {
                accept(result.version(), text);
            } else if (result.serverText().equals(lastSaved)) {
                // Someone saved another part of the notes: this field did not change, so just rebase.
                version = result.version();
                save(text);
            } else {
                version = result.version();
                lastSaved = result.serverText();
                show("conflict");
                new MergeDialog(text, result.serverText(), result.otherAuthor(), this::resolve).open();
            }
        } catch (TranslatedException e) {
            show("failed");
            Notifications.error(this, e);
        }
    }

    private void resolve(String merged) {
        area.setValue(merged);
        save(merged);
    }

    private void accept(long newVersion, String text) {
        version = newVersion;
        lastSaved = text;
        getElement().setAttribute("data-base", String.valueOf(newVersion));
        // The browser drops its copy, or rebases what was typed meanwhile, and says "Saved" if nothing is pending.
        showSavedNow();
        getElement().callJsFunction("saved", text, newVersion);
    }

    /**
     * Where this browser keeps the unsent draft: under the signed-in user's name, so a draft left on a
     * shared tablet is never restored, nor saved, under the next person's name. Sign-out clears them
     * all ({@link #CLEAR_DRAFTS}).
     */
    static String draftKey(String storageKey) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String user = request == null || request.getUserPrincipal() == null
                ? ""
                : request.getUserPrincipal().getName();
        return DRAFT_PREFIX + URLEncoder.encode(user, StandardCharsets.UTF_8) + ":" + storageKey;
    }

    /** Forgets every draft kept in this browser, older unkeyed ones included: run it at sign-out. */
    public static final String CLEAR_DRAFTS = "customElements.get('jesr-autosave').clearDrafts()";

    String storageKey() {
        return storageKey;
    }

    private void show(String key) {
        state.getElement().setAttribute("data-state", key);
        state.setText(getTranslation("autosave." + key));
    }

    /**
     * After a save made on this page, the line says when, in the review's time zone. Without one
     * (a field that was not given it) it says only "Saved": the server's zone is nobody's clock.
     */
    private void showSavedNow() {
        if (zone == null) {
            show("saved");
            return;
        }
        state.getElement().setAttribute("data-state", "saved");
        state.setText(getTranslation("autosave.saved-at", Formats.time(Instant.now(), zone, getLocale())));
    }

    /** The zone "saved at hh:mm" is told in: the review's, which is the room's. */
    public AutosaveField timesIn(ZoneId zone) {
        this.zone = zone;
        return this;
    }

    /**
     * Puts a small action inside the field, at its right edge (the history of a notes field): on a
     * page with one {@link SaveSummary} the field then needs no line of its own under the text.
     */
    public AutosaveField withInField(Component action) {
        area.setSuffixComponent(action);
        return this;
    }

    /** Replaces the text from outside (a restored revision) and saves it. */
    public void replaceWith(String text) {
        area.setValue(text);
        save(text);
    }

    public String text() {
        return area.getValue();
    }
}
