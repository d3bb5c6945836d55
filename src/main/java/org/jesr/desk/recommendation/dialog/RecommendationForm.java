package org.jesr.desk.recommendation.dialog;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.evidence.EvidencePicker;
import org.jesr.desk.evidence.EvidenceService;
import org.jesr.desk.recommendation.Priority;
import org.jesr.desk.recommendation.Recommendation;

/** The parts of a recommendation: what, by whom, by when, linked to which plan objective, how urgent. */
class RecommendationForm extends FormLayout {

    private final Binder<Recommendation> binder = new Binder<>(Recommendation.class);

    public RecommendationForm(List<Theme> themes, List<EvidenceService.Choice> evidence) {
        TextArea text = new TextArea(getTranslation("recommendation.text"));
        text.setId("recommendation-text");
        text.setMaxLength(Recommendation.TEXT_MAX);
        TextField body = new TextField(getTranslation("recommendation.responsible"));
        body.setId("recommendation-responsible");
        body.setMaxLength(200);
        TextField timeline = new TextField(getTranslation("recommendation.timeline"));
        timeline.setId("recommendation-timeline");
        timeline.setMaxLength(100);
        TextField planLink = new TextField(getTranslation("recommendation.plan-link"));
        planLink.setId("recommendation-plan-link");
        planLink.setMaxLength(200);
        Select<Priority> priority = new Select<>();
        priority.setId("recommendation-priority");
        priority.setLabel(getTranslation("recommendation.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        ComboBox<Theme> theme = new ComboBox<>(getTranslation("agenda.theme"));
        theme.setId("recommendation-theme");
        theme.setItems(themes);
        theme.setItemLabelGenerator(Theme::getName);
        EvidencePicker cites = new EvidencePicker(evidence);
        cites.setId("recommendation-evidence");
        String required = getTranslation("validation.required");
        binder.forField(text).asRequired(required).bind(Recommendation::getText, Recommendation::setText);
        binder.forField(body)
                .asRequired(required)
                .bind(Recommendation::getResponsibleBody, Recommendation::setResponsibleBody);
        binder.forField(timeline)
                .withNullRepresentation("")
                .bind(Recommendation::getTimeline, Recommendation::setTimeline);
        binder.forField(planLink)
                .withNullRepresentation("")
                .bind(Recommendation::getPlanLink, Recommendation::setPlanLink);
        binder.forField(priority).bind(Recommendation::getPriority, Recommendation::setPriority);
        binder.forField(theme)
                .bind(
                        r -> themes.stream()
                                .filter(t -> t.id().equals(r.getThemeId()))
                                .findFirst()
                                .orElse(null),
                        (r, t) -> r.setThemeId(t == null ? null : t.getId()));
        binder.forField(cites)
                .bind(
                        r -> cites.choiceFor(r.getEvidenceRef()),
                        (r, c) -> r.setEvidenceRef(c == null ? null : c.ref().token()));
        add(text, body, timeline, planLink, priority, theme, cites);
        setColspan(text, 2);
    }

    public void edit(Recommendation recommendation) {
        binder.setBean(recommendation);
    }

    public boolean isValid() {
        return binder.validate().isOk();
    }
}
