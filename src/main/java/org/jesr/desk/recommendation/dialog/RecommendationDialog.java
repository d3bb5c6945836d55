package org.jesr.desk.recommendation.dialog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Predicate;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.evidence.EvidenceService;
import org.jesr.desk.recommendation.Recommendation;

/**
 * Proposes or edits one recommendation. Public UI of this feature: the rapporteur's notes
 * (another feature) propose recommendations through it.
 */
public class RecommendationDialog extends Dialog {

    public RecommendationDialog(
            Recommendation recommendation,
            List<Theme> themes,
            List<EvidenceService.Choice> evidence,
            Predicate<Recommendation> onSave) {
        setId("recommendation-dialog");
        setHeaderTitle(getTranslation(recommendation.isNew() ? "recommendation.add" : "recommendation.edit"));
        RecommendationForm form = new RecommendationForm(themes, evidence);
        form.edit(recommendation);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (form.isValid() && onSave.test(recommendation)) {
                close();
            }
        });
        save.setId("recommendation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
