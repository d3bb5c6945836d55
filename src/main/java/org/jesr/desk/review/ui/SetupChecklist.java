package org.jesr.desk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.SetupStep;
import org.jesr.desk.base.SetupStep.Progress;
import org.jesr.desk.base.SetupStep.State;
import org.jesr.desk.review.Review;
import org.jspecify.annotations.Nullable;

/**
 * The organizers' first-run guide: each step of preparing the review, where it stands and a link to
 * the screen that does it. Open while a step is unfinished, folded away once all are done.
 */
class SetupChecklist extends Details {

    SetupChecklist(@Nullable Review review, List<SetupStep> steps) {
        setId("setup-checklist");
        addClassName("setup-checklist");
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "setup.review",
                "setup.hint.review",
                "settings",
                review == null
                        ? new Progress(State.NOT_STARTED, "setup.detail.review-none")
                        : new Progress(
                                State.DONE,
                                "setup.detail.review",
                                review.getName(),
                                Formats.date(review.startDate(), UI.getCurrent().getLocale()),
                                Formats.date(review.endDate(), UI.getCurrent().getLocale()))));
        steps.stream()
                .sorted(Comparator.comparingInt(SetupStep::order))
                .forEach(step -> rows.add(new Row(
                        step.titleKey(),
                        step.hintKey(),
                        step.route(),
                        review == null ? null : step.progress(review.id()))));

        long done = rows.stream()
                .filter(r -> r.progress != null && r.progress.state() == State.DONE)
                .count();
        setSummaryText(getTranslation("setup.title", done, rows.size()));
        setOpened(done < rows.size());

        OrderedList list = new OrderedList();
        list.addClassName("setup-steps");
        for (Row row : rows) {
            list.add(item(row));
        }
        add(list);
    }

    private ListItem item(Row row) {
        String id = "setup-" + row.hintKey.substring(row.hintKey.lastIndexOf('.') + 1);
        Span title = new Span(getTranslation(row.titleKey));
        title.addClassName("setup-step-title");
        ListItem item = new ListItem(title);
        item.addClassName("setup-step");
        if (row.progress == null) {
            // Nothing but the review itself can be prepared before the review exists.
            item.addClassName("waiting");
            item.add(new Paragraph(getTranslation("setup.after-review")));
            return item;
        }
        Span state = new Span(getTranslation(row.progress.state().translationKey()));
        state.getElement()
                .getThemeList()
                .add("badge pill "
                        + switch (row.progress.state()) {
                            case DONE -> "success";
                            case STARTED -> "contrast";
                            case NOT_STARTED -> "";
                        });
        state.setId(id + "-state");
        Paragraph detail = new Paragraph(getTranslation(row.progress.detailKey(), row.progress.args()));
        detail.setId(id + "-detail");
        item.add(state, detail);
        if (row.progress.state() == State.NOT_STARTED) {
            item.add(new Paragraph(getTranslation(row.hintKey)));
        }
        Anchor go = new Anchor(
                row.route, getTranslation(row.progress.state() == State.NOT_STARTED ? "setup.start" : "setup.open"));
        go.setId(id + "-link");
        item.add(new Div(go));
        return item;
    }

    private record Row(
            String titleKey,
            String hintKey,
            String route,
            @Nullable Progress progress) {}
}
