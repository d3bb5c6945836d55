package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.recommendation.AccountabilityFilter;
import org.jesr.desk.recommendation.FollowUpStatus;

/** Narrows the accountability register by theme, organization, status and overdue. */
class FollowUpFilters {

    private final Select<Theme> theme = new Select<>();
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final Select<FollowUpStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();

    FollowUpFilters(Div bar, List<Organization> organizations, Runnable onChange) {
        theme.setId("follow-up-theme");
        theme.setLabel(bar.getTranslation("accountability.filter-theme"));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(bar.getTranslation("accountability.all"));
        theme.setItemLabelGenerator(t -> t == null ? bar.getTranslation("accountability.all") : t.getName());
        // Theme names run to 40 characters ("Early Childhood & Non-formal Education").
        theme.setWidth("min(100%, 24em)");
        organization.setId("follow-up-organization");
        organization.setLabel(bar.getTranslation("accountability.filter-organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(Organization::getName);
        organization.setClearButtonVisible(true);
        status.setId("follow-up-filter-status");
        status.setLabel(bar.getTranslation("follow-up.status"));
        status.setItems(FollowUpStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(bar.getTranslation("accountability.all"));
        status.setItemLabelGenerator(
                s -> s == null ? bar.getTranslation("accountability.all") : bar.getTranslation(s.translationKey()));
        overdue.setId("follow-up-overdue-only");
        overdue.setLabel(bar.getTranslation("accountability.overdue-only"));
        theme.addValueChangeListener(e -> onChange.run());
        organization.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
        bar.add(theme, organization, status, overdue);
    }

    /** The review's themes, when the register shows another review. */
    void themes(List<Theme> themes) {
        theme.setItems(themes);
    }

    List<Theme> themes() {
        return theme.getListDataView().getItems().toList();
    }

    AccountabilityFilter filter() {
        return new AccountabilityFilter(
                theme.getValue() == null ? null : theme.getValue().getId(),
                organization.getValue() == null ? null : organization.getValue().getId(),
                status.getValue(),
                overdue.getValue());
    }
}
