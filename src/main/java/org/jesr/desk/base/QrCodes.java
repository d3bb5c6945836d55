package org.jesr.desk.base;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes as SVG, sharp on any projector and with no image library needed. */
public final class QrCodes {

    private QrCodes() {}

    public static String svg(String content, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            StringBuilder svg = new StringBuilder()
                    .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                    .append(matrix.getWidth())
                    .append(' ')
                    .append(matrix.getHeight())
                    .append("\" width=\"")
                    .append(size)
                    .append("\" height=\"")
                    .append(size)
                    .append(
                            "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"");
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        svg.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                    }
                }
            }
            return svg.append("\" fill=\"#000\"/></svg>").toString();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + content, e);
        }
    }
}
