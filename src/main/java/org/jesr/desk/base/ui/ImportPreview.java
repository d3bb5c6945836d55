package org.jesr.desk.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jesr.desk.base.csv.CsvTable;

/**
 * The first rows of a file as the import will read them, before anything is stored: how many rows,
 * which of its columns are understood, which are left aside, and which expected ones are missing.
 */
class ImportPreview extends Div {

    private static final int SHOWN = 5;

    ImportPreview(CsvTable table, List<String> columns) {
        setId("import-preview");
        List<String> understood =
                columns.stream().filter(table.header()::contains).toList();
        List<String> ignored = table.header().stream()
                .filter(c -> !c.isBlank() && !columns.contains(c))
                .toList();
        List<String> missing =
                columns.stream().filter(c -> !table.header().contains(c)).toList();
        Paragraph summary =
                new Paragraph(getTranslation("import.preview", table.rows().size(), String.join(", ", understood)));
        summary.setId("import-preview-summary");
        add(summary);
        if (!ignored.isEmpty()) {
            Paragraph aside = new Paragraph(getTranslation("import.preview-ignored", String.join(", ", ignored)));
            aside.setId("import-preview-ignored");
            add(aside);
        }
        if (!missing.isEmpty()) {
            Paragraph absent = new Paragraph(getTranslation("import.preview-missing", String.join(", ", missing)));
            absent.setId("import-preview-missing");
            add(absent);
        }
        Grid<CsvTable.Row> rows = new Grid<>();
        rows.setId("import-preview-rows");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addColumn(CsvTable.Row::line)
                .setHeader(getTranslation("import.preview-line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (String column : understood) {
            rows.addColumn(row -> {
                        String value = row.optional(column);
                        return value == null ? "" : value;
                    })
                    .setHeader(column)
                    .setAutoWidth(true);
        }
        rows.setItems(table.rows().stream().limit(SHOWN).toList());
        rows.setAllRowsVisible(true);
        add(rows);
    }
}
