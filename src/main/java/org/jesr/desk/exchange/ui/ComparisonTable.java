package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.jesr.desk.base.Countries;
import org.jesr.desk.exchange.Criterion;
import org.jesr.desk.exchange.SelfAssessment;

/** The assessments side by side: a criterion per row, a review per column. */
class ComparisonTable extends Grid<Criterion> {

    ComparisonTable(List<SelfAssessment> assessments) {
        setId("self-assessment-comparison");
        // A table, not a list of texts: its rows wrap at 768 px instead of cutting names short.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(c -> getTranslation(c.function().translationKey()) + " — " + getTranslation(c.translationKey()))
                .setHeader(getTranslation("self-assessment.criterion"))
                .setFlexGrow(3);
        for (SelfAssessment a : assessments) {
            addColumn(c -> a.rating(c)
                            .map(r -> r.maturity().level() + " · "
                                    + getTranslation(r.maturity().translationKey()))
                            .orElse("—"))
                    .setHeader(Countries.name(a.getCountry(), getLocale()))
                    .setKey("country-" + a.getId());
        }
        setItems(Criterion.values());
        setAllRowsVisible(true);
    }
}
