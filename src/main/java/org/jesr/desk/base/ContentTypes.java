package org.jesr.desk.base;

import org.apache.tika.Tika;

/**
 * The type of an upload, read from its bytes. Tika parses its database of some 1,500 types
 * when it is first created; the holder leaves that to the first upload instead of every start
 * (0.3 s of a start on two cores, decision 0015).
 */
public final class ContentTypes {

    private ContentTypes() {
    }

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
}
