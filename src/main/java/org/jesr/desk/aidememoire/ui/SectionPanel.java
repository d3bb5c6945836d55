package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.Section;
import org.jesr.desk.base.ui.Actions;
import org.jsoup.Jsoup;

/** One section's numbered paragraphs, and its editing controls. */
class SectionPanel extends Div {

    SectionPanel(AideMemoireService service, Section section, int firstNumber, boolean editable, Runnable onChanged) {
        String id =
                "section-" + section.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-');
        setId(id);
        addClassName("aide-memoire-section");
        add(new H3(getTranslation(section.getKey().translationKey())));
        int number = firstNumber;
        for (String html : section.paragraphs()) {
            Div paragraph = new Div();
            paragraph.addClassName("numbered-paragraph");
            Span label = new Span(number + ".");
            label.addClassName("paragraph-number");
            Div body = new Div();
            // Safe to render: drafted text is escaped and edits are cleaned by SafeHtml on the server.
            body.getElement().setProperty("innerHTML", html);
            paragraph.add(label, body);
            paragraph.setId(id + "-p" + number);
            add(paragraph);
            number++;
        }
        if (section.getEditedBy() != null) {
            Span edited = new Span(getTranslation("aide-memoire.edited-by", section.getEditedBy()));
            edited.addClassName("meta");
            add(edited);
        }
        if (!editable) {
            return;
        }
        if (section.getPending() != null) {
            Div pending = new Div(new Paragraph(getTranslation("aide-memoire.pending")));
            pending.setId(id + "-pending");
            pending.addClassName("warnings");
            service.pendingChanges(section.getAideMemoireId(), section.getKey())
                    .forEach(c -> pending.add(new Paragraph("→ "
                            + (c.newHtml() == null
                                    ? ""
                                    : Jsoup.parse(c.newHtml()).text()))));
            Button take = new Button(
                    getTranslation("aide-memoire.take-new"),
                    e -> act(
                            () -> service.resolvePending(section.getAideMemoireId(), section.getKey(), true),
                            onChanged));
            take.setId(id + "-take-new");
            Button keep = new Button(
                    getTranslation("aide-memoire.keep-edit"),
                    e -> act(
                            () -> service.resolvePending(section.getAideMemoireId(), section.getKey(), false),
                            onChanged));
            keep.setId(id + "-keep-edit");
            pending.add(take, keep);
            add(pending);
        }
        Button edit = new Button(
                getTranslation("aide-memoire.edit"), e -> new SectionEditDialog(service, section, onChanged).open());
        edit.setId(id + "-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button regenerate = new Button(
                getTranslation("aide-memoire.regenerate"),
                e -> act(() -> service.regenerate(section.getAideMemoireId(), section.getKey()), onChanged));
        regenerate.setId(id + "-regenerate");
        regenerate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Div(edit, regenerate));
    }

    private void act(Runnable change, Runnable onChanged) {
        Actions.run(this, () -> {
            change.run();
            onChanged.run();
        });
    }
}
