package org.jesr.desk.base;

import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of an upload, read from its bytes. Tika parses its database of some 1,500 types
 * when it is first created; the holder leaves that to the first upload instead of every start
 * (0.3 s of a start on two cores, decision 0015).
 */
public final class ContentTypes {

    private ContentTypes() {}

    private static final class Holder {
        static final Tika TIKA = new Tika();
    }

    public static String detect(byte[] bytes) {
        return Holder.TIKA.detect(bytes);
    }

    /** The file name only refines a type the content already shows, such as one kind of OOXML file. */
    public static String detect(byte[] bytes, String fileName) {
        return Holder.TIKA.detect(bytes, fileName);
    }

    /**
     * The extension a file of this type is saved under, so a download's name says what it is: a PDF
     * uploaded as "report.html" comes back as "report.pdf". Generic office containers keep the given
     * extension when it is an office one.
     */
    public static String extension(String type, String given) {
        String known = switch (type) {
            case "application/x-tika-ooxml", "application/x-tika-msoffice" ->
                Set.of("docx", "xlsx", "pptx", "doc", "xls", "ppt").contains(given) ? given : "bin";
            default -> {
                try {
                    String extension =
                            MimeTypes.getDefaultMimeTypes().forName(type).getExtension();
                    yield extension.isEmpty() ? "bin" : extension.substring(1);
                } catch (MimeTypeException e) {
                    yield "bin";
                }
            }
        };
        return known;
    }
}
