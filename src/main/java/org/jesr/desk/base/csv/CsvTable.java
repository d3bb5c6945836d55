package org.jesr.desk.base.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file read whole into memory, so an importer can check every row before it
 * stores any. Accepts UTF-8 with or without a byte-order mark and rejects other
 * encodings instead of storing mangled names.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<Row> rows;

    /** More rows than any review's list of participants, sessions or indicators: a wrong file, not data. */
    public static final int MAX_ROWS = 10_000;

    private CsvTable(List<String> header, List<Row> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new CsvImportException(rows.get(MAX_ROWS).line(), "", "import.error.too-many-rows", MAX_ROWS);
        }
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads a CSV file, or the first sheet of an XLSX workbook: which one is decided by the
     * content (an XLSX file is a ZIP archive), so a workbook saved as .csv still imports.
     */
    public static CsvTable read(InputStream in, List<String> requiredColumns) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new CsvImportException(0, "", "import.error.unreadable", String.valueOf(e.getMessage()));
        }
        if (XlsxSheet.looksLikeZip(bytes)) {
            return XlsxSheet.read(bytes, requiredColumns);
        }
        return parse(decodeUtf8(bytes), requiredColumns);
    }

    static CsvTable of(List<String> header, List<Row> rows, List<String> requiredColumns) {
        for (String required : requiredColumns) {
            if (!header.contains(required)) {
                throw new CsvImportException(1, required, "import.error.missing-column", required);
            }
        }
        return new CsvTable(header, rows);
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            if (bytes.length >= 4
                    && (bytes[0] & 0xFF) == 0xD0
                    && (bytes[1] & 0xFF) == 0xCF
                    && (bytes[2] & 0xFF) == 0x11
                    && (bytes[3] & 0xFF) == 0xE0) {
                throw new CsvImportException(0, "", "import.error.old-excel");
            }
            // A spreadsheet or image renamed to .csv: refuse it by its content, not its name.
            for (byte b : bytes) {
                if (b == 0) {
                    throw new CsvImportException(0, "", "import.error.not-text");
                }
            }
            int offset = bytes.length >= 3
                            && (bytes[0] & 0xFF) == 0xEF
                            && (bytes[1] & 0xFF) == 0xBB
                            && (bytes[2] & 0xFF) == 0xBF
                    ? 3
                    : 0;
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CsvImportException(0, "", "import.error.not-utf8");
        }
    }

    private static CsvTable parse(String text, List<String> requiredColumns) {
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.trim().toLowerCase(Locale.ROOT))
                    .toList();
            of(header, List.of(), requiredColumns);
            List<Row> rows = new ArrayList<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                // Count physical lines up to the record's start, so a quoted multi-line cell
                // above it does not shift the line number the user is told to fix.
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), header, record.toList()));
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
            return new CsvTable(header, rows);
        } catch (CsvImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CsvImportException(0, "", "import.error.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Walks forward only, since records arrive in file order. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long target) {
            while (position < target && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /** The column names of the file's header row, as the file spells them (trimmed, lower case). */
    public List<String> header() {
        return header;
    }

    /** One data row; {@link #line()} is the line number a spreadsheet user sees. */
    public record Row(long line, List<String> header, List<String> values) {

        public @Nullable String optional(String column) {
            int index = header.indexOf(column);
            if (index < 0 || index >= values.size()) {
                return null;
            }
            String value = values.get(index).trim();
            // Undo the apostrophe CsvWriter puts before formula-like cells, so an export re-imports as it was.
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1);
            }
            return value.isEmpty() ? null : value;
        }

        public String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw new CsvImportException(line, column, "import.error.required", column);
            }
            return value;
        }

        /** One of an enum's values, written as the import dialog lists them (case, spaces and hyphens aside). */
        public <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = required(column);
            try {
                return Enum.valueOf(
                        type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CsvImportException(line, column, "import.error.value", value);
            }
        }

        public String limited(String column, int maxLength, boolean required) {
            String value = required ? required(column) : optional(column);
            if (value != null && value.length() > maxLength) {
                throw new CsvImportException(line, column, "import.error.too-long", column, maxLength);
            }
            return value == null ? "" : value;
        }
    }
}
