package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.ImprovementAction;
import org.jesr.desk.exchange.ImprovementPlanService;
import org.jesr.desk.exchange.LearningObjective;

/** The delegation's improvement plan for its own review, and its PDF for the local education group. */
class PlanPanel extends Div {

    PlanPanel(ImprovementPlanService plans, Delegation delegation, List<LearningObjective> objectives) {
        // Each action in full, as a card: the grid cut them to a few words on a tablet (issue 21).
        CardList<ImprovementAction> grid = new CardList<>(
                "plan-grid",
                a -> CardList.Card.of(
                        a.getAction(),
                        a.getTimeline() == null ? "" : a.getTimeline(),
                        a.getFitNote() == null
                                ? ""
                                : getTranslation("label.value", getTranslation("plan.fit"), a.getFitNote()),
                        getTranslation("label.value", getTranslation("plan.responsible"), a.getResponsible())));
        grid.setEmptyStateText(getTranslation("plan.empty"));
        // A plan is a handful of actions, with its form right under them.
        grid.grid().setAllRowsVisible(true);
        grid.setItems(plans.actions(delegation.id()));
        TextField action = field("plan-action", "plan.action", 1000);
        TextField responsible = field("plan-responsible", "plan.responsible", 200);
        TextField timeline = field("plan-timeline", "plan.timeline", 100);
        TextField fit = field("plan-fit", "plan.fit", 1000);
        TextField inspired = field("plan-inspired", "plan.inspired-by", 500);
        ComboBox<LearningObjective> objective = new ComboBox<>(getTranslation("objective.title"));
        objective.setItems(objectives);
        objective.setItemLabelGenerator(LearningObjective::getText);
        Button add = new Button(getTranslation("plan.add"), e -> {
            ImprovementAction a = new ImprovementAction();
            a.setDelegationId(delegation.id());
            a.setAction(action.getValue().strip());
            a.setResponsible(responsible.getValue().strip());
            a.setTimeline(
                    timeline.getValue().isBlank() ? null : timeline.getValue().strip());
            a.setFitNote(fit.getValue().isBlank() ? null : fit.getValue().strip());
            a.setInspiredBy(
                    inspired.getValue().isBlank() ? null : inspired.getValue().strip());
            a.setObjectiveId(
                    objective.getValue() == null ? null : objective.getValue().getId());
            Actions.run(this, () -> {
                plans.save(a);
                grid.setItems(plans.actions(delegation.id()));
                List.of(action, responsible, timeline, fit, inspired).forEach(TextField::clear);
            });
        });
        add.setId("plan-add");
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = plans.pdf(delegation.id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "improvement-plan.pdf", "application/pdf", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("plan.pdf"));
        pdf.setId("plan-pdf");
        pdf.addClassName("button-link");
        add(grid, new Div(action, responsible, timeline, fit, inspired, objective, add), pdf);
    }

    private TextField field(String id, String label, int max) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }
}
