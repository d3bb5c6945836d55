package org.jesr.desk.base.ui.chart;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A chart with its table beside it: the table is what screen readers read and what people
 * copy into their own slides, so it always shows exactly the figures the chart draws.
 */
public class ChartPanel extends Div {

    private final NativeTable table = new NativeTable();

    public ChartPanel(String id, ChartSpec spec) {
        this(id, spec, null);
    }

    /** @param extraColumn an optional computed column, such as an execution rate, as (header, row index → text) */
    public ChartPanel(String id, ChartSpec spec, @Nullable ExtraColumn extraColumn) {
        setId(id);
        addClassName("chart-panel");
        Chart chart = new Chart();
        chart.setId(id + "-chart");
        chart.setSpec(spec);
        table.setId(id + "-table");
        table.addClassName("chart-table");
        fillTable(spec, extraColumn);
        Div chartBox = new Div(chart);
        chartBox.addClassName("chart-box");
        Div tableBox = new Div(table);
        tableBox.addClassName("chart-table-box");
        Div body = new Div(chartBox, tableBox);
        body.addClassName("chart-body");
        add(new H3(spec.title()), body);
    }

    public record ExtraColumn(String header, Function<Integer, String> cell) {}

    private void fillTable(ChartSpec spec, @Nullable ExtraColumn extra) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(2);
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(spec.title() + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")"));
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headerRow = new NativeTableRow(new NativeTableHeaderCell(""));
        spec.series().forEach(s -> headerRow.add(new NativeTableHeaderCell(s.name())));
        if (extra != null) {
            headerRow.add(new NativeTableHeaderCell(extra.header()));
        }
        head.add(headerRow);
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < spec.categories().size(); i++) {
            NativeTableHeaderCell rowHeader =
                    new NativeTableHeaderCell(spec.categories().get(i));
            rowHeader.getElement().setAttribute("scope", "row");
            NativeTableRow row = new NativeTableRow(rowHeader);
            for (ChartSpec.Series s : spec.series()) {
                Double value = s.values().get(i);
                row.add(new NativeTableCell(value == null ? "—" : number.format(value)));
            }
            if (extra != null) {
                row.add(new NativeTableCell(extra.cell().apply(i)));
            }
            body.add(row);
        }
        table.add(head, body);
    }
}
