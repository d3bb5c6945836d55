package org.jesr.desk.evidence;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * A download link to a library document, for this feature's views and for others that
 * show attachments. Always an attachment, so a browser never renders an uploaded file inline.
 */
public final class DocumentDownload {

    private DocumentDownload() {}

    public static Anchor anchor(DocumentService documents, LibraryDocument document) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = documents.content(document);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            document.getFileName(),
                            document.getContentType(),
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                document.getTitle());
        anchor.setId("document-" + document.getId());
        return anchor;
    }
}
