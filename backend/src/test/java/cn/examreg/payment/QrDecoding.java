package cn.examreg.payment;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Reads a QR code back from a PNG, as a phone's camera would. */
final class QrDecoding {
    private QrDecoding() {
    }

    static String decode(byte[] png) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
        } catch (IOException | com.google.zxing.ReaderException e) {
            throw new AssertionError("no QR code", e);
        }
    }
}
