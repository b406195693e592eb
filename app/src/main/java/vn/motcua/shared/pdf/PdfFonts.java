package vn.motcua.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF of the product embeds: DejaVu Serif regular and bold (DejaVu 2.37, full Vietnamese coverage;
 * licence in {@code fonts/LICENSE-DejaVu.txt} beside them). Read once; callers load them into their own document
 * (PDFBox {@code PDType0Font.load(doc, new RandomAccessReadBuffer(bytes), true, false)}, embedded as a subset). Used by
 * the statutory forms and the reports' PDF export.
 */
public final class PdfFonts {

    private static final byte[] SERIF = read("DejaVuSerif.ttf");
    private static final byte[] SERIF_BOLD = read("DejaVuSerif-Bold.ttf");

    private PdfFonts() { }

    /** DejaVu Serif, TrueType bytes (a copy is not made: do not change them). */
    public static byte[] serif() {
        return SERIF;
    }

    /** DejaVu Serif Bold, TrueType bytes (a copy is not made: do not change them). */
    public static byte[] serifBold() {
        return SERIF_BOLD;
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
