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

    public EvidencePicker(EvidenceService evidence, long reviewId) {
        choices = evidence.choices(reviewId);
        setLabel(getTranslation("evidence.pick"));
        setItems(choices);
        setItemLabelGenerator(EvidenceService.Choice::label);
        setClearButtonVisible(true);
        setWidthFull();
    }

    public Optional<EvidenceRef> ref() {
        return Optional.ofNullable(getValue()).map(EvidenceService.Choice::ref);
    }

    public void select(@Nullable EvidenceRef ref) {
        setValue(ref == null ? null : choices.stream().filter(c -> c.ref().sameAs(ref)).findFirst().orElse(null));
    }
}
