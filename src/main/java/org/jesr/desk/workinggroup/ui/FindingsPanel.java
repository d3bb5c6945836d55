package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.evidence.EvidencePicker;
import org.jesr.desk.evidence.EvidenceRef;
import org.jesr.desk.evidence.EvidenceService;
import org.jesr.desk.workinggroup.EvidenceKind;
import org.jesr.desk.workinggroup.Finding;
import org.jesr.desk.workinggroup.NotesService;
import org.jesr.desk.workinggroup.SaveOutcome;

/** Key findings, each with its evidence; a finding resting on nothing is flagged. */
class FindingsPanel extends Div {

    private final NotesService notes;
    private final EvidenceService evidence;
    private final long reviewId;
    private final long sessionId;
    private final boolean editable;
    private final Div list = new Div();
    private long version;

    FindingsPanel(
            NotesService notes,
            EvidenceService evidence,
            long reviewId,
            long sessionId,
            List<Finding> findings,
            long version,
            boolean editable) {
        this.notes = notes;
        this.evidence = evidence;
        this.reviewId = reviewId;
        this.sessionId = sessionId;
        this.version = version;
        this.editable = editable;
        setId("key-findings");
        list.setId("key-findings-list");
        add(new H3(getTranslation("findings.title")), list);
        if (editable) {
            Button add = new Button(getTranslation("findings.add"), e -> openDialog());
            add.setId("add-finding");
            add(add);
        }
        show(findings);
    }

    private void show(List<Finding> findings) {
        list.removeAll();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Div row = new Div(new Span(finding.text()));
            row.setId("finding-" + i);
            row.addClassName("finding");
            Span cited = new Span(
                    finding.hasEvidence()
                            ? getTranslation(
                                    "label.value",
                                    getTranslation(finding.evidenceKind().translationKey()),
                                    evidenceLabel(finding))
                            : "⚠ " + getTranslation("findings.no-evidence"));
            cited.addClassName(finding.hasEvidence() ? "meta" : "warnings");
            row.add(cited);
            if (editable) {
                int index = i;
                Button remove = new Button(
                        getTranslation("findings.remove"),
                        e -> Confirm.ask(
                                "findings.remove-title",
                                "findings.remove-text",
                                "findings.remove",
                                () -> apply(base -> notes.removeFinding(sessionId, index, base)),
                                finding.text()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            list.add(row);
        }
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("findings.add"));
        TextArea text = new TextArea(getTranslation("findings.text"));
        text.setId("finding-text");
        text.setMaxLength(2000);
        Select<EvidenceKind> kind = new Select<>();
        kind.setId("finding-evidence-kind");
        kind.setLabel(getTranslation("findings.evidence"));
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(EvidenceKind.INDICATOR);
        TextField reference = new TextField(getTranslation("findings.reference"));
        reference.setId("finding-reference");
        reference.setMaxLength(300);
        // Indicators and documents are picked from the evidence base, so their pages can list
        // the findings citing them; the progress report is cited by its section in free text.
        EvidencePicker picker = new EvidencePicker(evidence.choices(reviewId));
        picker.setId("finding-evidence");
        Runnable showPicker = () -> {
            EvidenceKind k = kind.getValue();
            picker.setVisible(k == EvidenceKind.INDICATOR || k == EvidenceKind.DOCUMENT);
            reference.setVisible(k == EvidenceKind.PROGRESS_REPORT);
            picker.limitTo(k == EvidenceKind.DOCUMENT ? EvidenceRef.Type.DOCUMENT : EvidenceRef.Type.INDICATOR);
        };
        kind.addValueChangeListener(e -> showPicker.run());
        showPicker.run();
        dialog.add(new Div(text, kind, picker, reference));
        Button save = new Button(getTranslation("action.save"), e -> {
            Actions.run(this, () -> {
                String ref = switch (kind.getValue()) {
                    case INDICATOR, DOCUMENT ->
                        picker.ref().map(EvidenceRef::key).orElse(null);
                    case PROGRESS_REPORT ->
                        reference.getValue().isBlank()
                                ? null
                                : reference.getValue().trim();
                    case NONE -> null;
                };
                Finding finding = new Finding(text.getValue().trim(), kind.getValue(), ref);
                apply(base -> notes.addFinding(sessionId, finding, base));
                dialog.close();
            });
        });
        save.setId("finding-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String evidenceLabel(Finding finding) {
        String ref = Objects.requireNonNull(finding.evidenceRef());
        return switch (finding.evidenceKind()) {
            case INDICATOR ->
                evidence.label(reviewId, EvidenceRef.indicator(ref)).orElse(ref);
            case DOCUMENT ->
                evidence.label(reviewId, new EvidenceRef(EvidenceRef.Type.DOCUMENT, ref))
                        .orElse(ref);
            default -> ref;
        };
    }

    /**
     * Findings are added or removed one at a time, so a newer version (a text field saved
     * meanwhile) needs no merge: the change is simply made again on it.
     */
    private void apply(LongFunction<SaveOutcome> change) {
        SaveOutcome outcome = change.apply(version);
        if (!outcome.saved()) {
            outcome = change.apply(outcome.version());
        }
        version = outcome.version();
        show(notes.find(sessionId).map(n -> n.getKeyFindings()).orElse(List.of()));
    }
}
