package dev.authdash.web.view;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as the parts of an inline SVG: the view box and one path of dark modules. Drawn on the
 * server, so the page needs no script and the strict Content-Security-Policy stays as it is.
 *
 * @param size modules per side, with the quiet zone
 * @param path the dark modules, as SVG path data ({@code M x,y h1 v1 h-1 z} per module)
 */
public record QrCodeSvg(int size, String path) {
  private static final int QUIET_ZONE = 4;

  /** Medium error correction: enough for a screen, small enough for a 160-bit key URI. */
  public static QrCodeSvg of(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return new QrCodeSvg(qr.size + 2 * QUIET_ZONE, path.toString());
  }

  public String viewBox() {
    return "0 0 " + size + " " + size;
  }
}
