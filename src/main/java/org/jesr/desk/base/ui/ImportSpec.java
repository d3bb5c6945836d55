package org.jesr.desk.base.ui;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.jesr.desk.base.ImportSummary;

/**
 * What an import dialog needs to know of one table: its columns, what values they accept, an
 * example row for the downloadable template, and the all-or-nothing importer.
 *
 * @param titleKey  the dialog's title
 * @param columns   the header the file must have
 * @param valuesKey a translated sentence on what the coded columns accept (types, constituencies...)
 * @param example   one filled-in row for the template, in the order of {@code columns}
 * @param doneKey   the result in the user's terms, with plural forms of {0} added and {1} updated
 * @param importer  stores all rows or none and says what it added and updated
 */
public record ImportSpec(
        String titleKey,
        List<String> columns,
        String valuesKey,
        List<String> example,
        String doneKey,
        Function<InputStream, ImportSummary> importer) {

    public ImportSpec {
        if (example.size() != columns.size()) {
            throw new IllegalArgumentException("the example row needs one value per column");
        }
    }

    String templateName() {
        return titleKey.replaceAll("[^a-z]+", "-") + "-template.csv";
    }
}
