package org.jesr.desk.evidence;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Picks an indicator or a library document to cite. Public UI in the feature's root, like
 * other features' dialogs, so working-group findings and recommendations use the same list.
 */
public class EvidencePicker extends ComboBox<EvidenceService.Choice> {

    private final List<EvidenceService.Choice> choices;

    /** @param choices what may be cited, from {@link EvidenceService#choices(long)} */
    public EvidencePicker(List<EvidenceService.Choice> choices) {
        this.choices = List.copyOf(choices);
        setLabel(getTranslation("evidence.pick"));
        setItems(choices);
        setItemLabelGenerator(EvidenceService.Choice::label);
        setClearButtonVisible(true);
        setWidthFull();
    }

    public Optional<EvidenceRef> ref() {
        return Optional.ofNullable(getValue()).map(EvidenceService.Choice::ref);
    }

    /** The choice a stored token ("indicator:A4") stands for, if it can still be cited. */
    public EvidenceService.@Nullable Choice choiceFor(@Nullable String token) {
        return token == null
                ? null
                : EvidenceRef.parse(token)
                        .flatMap(ref -> choices.stream()
                                .filter(c -> c.ref().sameAs(ref))
                                .findFirst())
                        .orElse(null);
    }

    /** Only indicators, or only documents. */
    public void limitTo(EvidenceRef.Type type) {
        setItems(choices.stream().filter(c -> c.ref().type() == type).toList());
    }
}
