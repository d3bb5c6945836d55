package org.jesr.desk.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jesr.desk.audit.AuditEntry;
import org.jesr.desk.audit.AuditFeature;
import org.jesr.desk.audit.AuditFilter;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.Page;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/**
 * Who changed what and when, newest first, read page by page from the database: the log
 * only grows, so the grid never holds it whole.
 */
@Route("audit")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 95, icon = "vaadin:records", title = "nav.audit")
class AuditView extends Page {

    private final AuditLog audit;
    private final ZoneId zone;
    private final Select<AuditFeature> feature = new Select<>();
    private final ComboBox<String> user = new ComboBox<>();
    private final TextField text = new TextField();
    private final DatePicker from = ComponentTexts.localize(new DatePicker());
    private final DatePicker to = ComponentTexts.localize(new DatePicker());
    // Details keep what was saved, markup and codes included ("<b>18 February 2027</b>", "SCHEDULED");
    // people read the words (AuditWords).
    private final CardList<AuditEntry> list = new CardList<>(
            "audit-grid",
            e -> CardList.Card.of(
                    AuditWords.subject(e.getSubject(), e.getFeature(), this::getTranslation),
                    getTranslation(e.getAction().translationKey()),
                    AuditWords.detail(e.getDetail(), e.getFeature(), this::getTranslation),
                    CardList.join(
                            Formats.dateTime(e.getAt(), zone(), getLocale()),
                            e.getUsername(),
                            getTranslation(e.getFeature().translationKey()))));

    AuditView(AuditLog audit, ReviewService reviews) {
        super("nav.audit");
        this.audit = audit;
        this.zone = reviews.current().map(r -> r.zone()).orElse(ZoneId.of("UTC"));
        feature.setId("audit-feature");
        feature.setLabel(getTranslation("audit.feature"));
        feature.setEmptySelectionAllowed(true);
        feature.setEmptySelectionCaption(getTranslation("audit.all"));
        feature.setItems(AuditFeature.values());
        feature.setItemLabelGenerator(
                f -> f == null ? getTranslation("audit.all") : getTranslation(f.translationKey()));
        user.setId("audit-user");
        user.setLabel(getTranslation("audit.user"));
        user.setItems(audit.usernames());
        user.setClearButtonVisible(true);
        text.setId("audit-text");
        text.setLabel(getTranslation("audit.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        feature.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Div bar = new Div(feature, user, text, from, to);
        bar.addClassName("toolbar");
        add(bar, list);
        refresh();
    }

    private void refresh() {
        AuditFilter filter = filter();
        boolean filtered = feature.getValue() != null
                || user.getValue() != null
                || !text.getValue().isBlank()
                || from.getValue() != null
                || to.getValue() != null;
        list.setEmptyStateText(EmptyList.say(this, filtered, "audit.empty"));
        list.grid().setItems(query -> audit.find(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) audit.count(filter));
    }

    private ZoneId zone() {
        return zone;
    }

    private AuditFilter filter() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        return new AuditFilter(
                feature.getValue(),
                user.getValue(),
                text.getValue(),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
