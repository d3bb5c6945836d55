package org.jesr.desk.base.csv;

import org.jesr.desk.base.TranslatedException;
import org.jspecify.annotations.Nullable;

/**
 * Why an import was rejected, pointing at the line (1 = header) and column the user
 * has to fix. Imports are all-or-nothing, so one of these means nothing was stored.
 */
public class CsvImportException extends TranslatedException {

    private final long line;
    private final String column;

    public CsvImportException(long line, String column, String key, @Nullable Object... args) {
        super(key, args);
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    @Override
    public String getMessage() {
        return "line " + line + ", column " + column + ": " + key();
    }
}
