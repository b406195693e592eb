package vn.motcua.forms.infrastructure;

import vn.motcua.forms.domain.Texts;
import vn.motcua.shared.pdf.PdfFonts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.motcua.shared.pdf.PdfText;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flowing layout on PDFBox: a cursor going down the page, wrapped text in runs of regular/bold, two-column
 * blocks, bordered tables that continue on the next page with their header, and a vector QR code. Fonts are the
 * embedded (subset) DejaVu Serif faces of {@link PdfFonts}. One instance per document;
 * not thread-safe.
 */
final class Layout implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final float BODY = 11f;

    private static final byte[] REGULAR_TTF = PdfFonts.serif();
    private static final byte[] BOLD_TTF = PdfFonts.serifBold();

    enum Align { LEFT, CENTRE, RIGHT }

    /** A piece of text in one face. */
    record Run(String text, boolean bold) {
        static Run plain(String text) {
            return new Run(text, false);
        }

        static Run bold(String text) {
            return new Run(text, true);
        }
    }

    /** A line of a column block. */
    record Line(String text, boolean bold, float size) {
    }

    private final PDDocument doc;
    private final PDRectangle pageSize;
    final PDFont regular;
    final PDFont bold;
    private final PdfText pdfText = new PdfText();
    final float left;
    final float right;
    private final float top;
    private final float bottom;
    private PDPageContentStream cs;
    private float y;

    Layout(PDRectangle pageSize, String title) {
        this.doc = new PDDocument();
        this.pageSize = pageSize;
        try {
            this.regular = PDType0Font.load(doc, new RandomAccessReadBuffer(REGULAR_TTF), true, false);
            this.bold = PDType0Font.load(doc, new RandomAccessReadBuffer(BOLD_TTF), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Một Cửa");
        doc.getDocumentCatalog().setLanguage("vi-VN");
        left = 25 * MM;
        right = pageSize.getWidth() - 15 * MM;
        top = pageSize.getHeight() - 15 * MM;
        bottom = 18 * MM;
        newPage();
    }

    float width() {
        return right - left;
    }

    float y() {
        return y;
    }

    void y(float newY) {
        y = newY;
    }

    void gap(float points) {
        y -= points;
    }

    static float leading(float size) {
        return size * 1.32f;
    }

    /** Starts a new page when less than {@code height} is left. */
    void ensure(float height) {
        if (y - height < bottom) {
            newPage();
        }
    }

    void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            cs.setLineWidth(0.6f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top;
    }

    // ---- text -------------------------------------------------------------------------------------------------

    /** Replaces characters the font cannot draw (emoji, CJK…) by '?', after NFC normalisation; keeps '\n'. */
    String printable(String text, PDFont font) {
        return pdfText.printable(Texts.nfc(text), font);
    }

    float widthOf(String text, PDFont font, float size) {
        return PdfText.width(text, font, size);
    }

    void show(String printableText, PDFont font, float size, float x, float baseline) {
        if (printableText.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(printableText);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy word wrap; hard line breaks ('\n') kept; a word longer than the width is cut. */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        return pdfText.wrap(Texts.nfc(text), font, size, maxWidth);
    }

    /** A wrapped block of one face, aligned within [x, x + w]. */
    void text(String text, boolean isBold, float size, Align align, float indent) {
        PDFont font = isBold ? bold : regular;
        float x0 = left + indent;
        float w = width() - indent;
        for (String line : wrap(text, font, size, w)) {
            ensure(leading(size));
            y -= leading(size);
            float lw = widthOf(line, font, size);
            float x = switch (align) {
                case LEFT -> x0;
                case CENTRE -> x0 + (w - lw) / 2;
                case RIGHT -> x0 + w - lw;
            };
            show(line, font, size, x, y + size * 0.25f);
        }
    }

    void text(String text, boolean isBold, float size, Align align) {
        text(text, isBold, size, align, 0);
    }

    /** A paragraph of runs in mixed faces, wrapped word by word; continuation lines indented by {@code hang}. */
    void paragraph(float size, float indent, float hang, Run... runs) {
        record Word(String text, PDFont font, boolean spaceBefore) {
        }
        List<Word> words = new ArrayList<>();
        boolean pendingSpace = false;
        for (Run run : runs) {
            PDFont font = run.bold() ? bold : regular;
            String t = printable(run.text(), font).replace('\n', ' ');
            if (t.isEmpty()) {
                continue;
            }
            boolean leadingSpace = Character.isWhitespace(run.text().charAt(0));
            boolean first = true;
            for (String w : t.split(" +")) {
                if (w.isEmpty()) {
                    continue;
                }
                words.add(new Word(w, font, !words.isEmpty() && (first ? (pendingSpace || leadingSpace) : true)));
                first = false;
            }
            pendingSpace = Character.isWhitespace(run.text().charAt(run.text().length() - 1));
        }
        float x = left + indent;
        float lineStart = x;
        boolean lineEmpty = true;
        ensure(leading(size));
        y -= leading(size);
        for (Word w : words) {
            float space = w.spaceBefore() && !lineEmpty ? widthOf(" ", w.font(), size) : 0;
            float ww = widthOf(w.text(), w.font(), size);
            if (!lineEmpty && x + space + ww > right) {
                ensure(leading(size));
                y -= leading(size);
                lineStart = left + indent + hang;
                x = lineStart;
                space = 0;
                lineEmpty = true;
            }
            show(w.text(), w.font(), size, x + space, y + size * 0.25f);
            x += space + ww;
            lineEmpty = false;
        }
    }

    /** "Label: value" with the label regular and the value bold when asked. */
    void field(String label, String value, boolean boldValue) {
        paragraph(BODY, 0, 0, Run.plain(label + ": "), new Run(value, boldValue));
    }

    /** Two columns of centred lines side by side (header, signatures); the cursor ends below the longer one. */
    void columns(float leftShare, List<Line> leftLines, List<Line> rightLines) {
        float split = left + width() * leftShare;
        float hLeft = columnHeight(leftLines, split - left);
        float hRight = columnHeight(rightLines, right - split);
        ensure(Math.max(hLeft, hRight));
        float start = y;
        float endLeft = column(leftLines, left, split - left, start);
        float endRight = column(rightLines, split, right - split, start);
        y = Math.min(endLeft, endRight);
    }

    private float columnHeight(List<Line> lines, float w) {
        float h = 0;
        for (Line l : lines) {
            h += wrap(l.text(), l.bold() ? bold : regular, l.size(), w).size() * leading(l.size());
        }
        return h;
    }

    private float column(List<Line> lines, float x0, float w, float start) {
        float cy = start;
        for (Line l : lines) {
            PDFont font = l.bold() ? bold : regular;
            for (String t : wrap(l.text(), font, l.size(), w)) {
                cy -= leading(l.size());
                if (t.matches("-+")) {
                    float rw = Math.min(w * 0.4f, 45 * MM);
                    rule(x0 + (w - rw) / 2, x0 + (w + rw) / 2, cy + l.size() * 0.6f);
                    continue;
                }
                show(t, font, l.size(), x0 + (w - widthOf(t, font, l.size())) / 2, cy + l.size() * 0.25f);
            }
        }
        return cy;
    }

    void rule(float x1, float x2, float atY) {
        try {
            cs.moveTo(x1, atY);
            cs.lineTo(x2, atY);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- tables -----------------------------------------------------------------------------------------------

    /**
     * A bordered table over the full width; {@code shares} are relative column widths. The header row is bold and
     * centred and repeated on each new page; {@code centred[i]} centres body column i.
     */
    void table(float[] shares, boolean[] centred, List<String> header, List<List<String>> rows, float size) {
        float total = 0;
        for (float s : shares) {
            total += s;
        }
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = width() * shares[i] / total;
        }
        float pad = 2.2f;
        y -= 2;
        row(widths, header, true, null, size, pad, true);
        for (List<String> r : rows) {
            float h = rowHeight(widths, r, false, size, pad);
            if (y - h < bottom) {
                newPage();
                row(widths, header, true, null, size, pad, true);
            }
            row(widths, r, false, centred, size, pad, false);
        }
    }

    private float rowHeight(float[] widths, List<String> cells, boolean isBold, float size, float pad) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            lines = Math.max(lines, wrap(c, isBold ? bold : regular, size, widths[i] - 2 * pad).size());
        }
        return lines * leading(size) + 2 * pad;
    }

    private void row(float[] widths, List<String> cells, boolean isBold, boolean[] centred, float size, float pad,
            boolean allCentred) {
        PDFont font = isBold ? bold : regular;
        float h = rowHeight(widths, cells, isBold, size, pad);
        ensure(h);
        float x = left;
        try {
            for (int i = 0; i < widths.length; i++) {
                String c = i < cells.size() ? cells.get(i) : "";
                float ly = y - pad;
                boolean centre = allCentred || (centred != null && i < centred.length && centred[i]);
                for (String line : wrap(c, font, size, widths[i] - 2 * pad)) {
                    ly -= leading(size);
                    float lw = widthOf(line, font, size);
                    float lx = centre ? x + (widths[i] - lw) / 2 : x + pad;
                    show(line, font, size, lx, ly + size * 0.25f);
                }
                x += widths[i];
            }
            // borders after the text: a path must not be interrupted by text objects
            x = left;
            for (float w : widths) {
                cs.addRect(x, y - h, w, h);
                x += w;
            }
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }

    // ---- QR -----------------------------------------------------------------------------------------------------

    /**
     * Draws a QR code (error correction M) of {@code content} as filled squares, top-left corner at (x, yTop),
     * {@code side} points wide, with no quiet zone of its own: keep 4 modules of white around it.
     */
    void qr(String content, float x, float yTop, float side) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content.length() + " characters", e);
        }
        float module = side / m.getWidth();
        try {
            for (int row = 0; row < m.getHeight(); row++) {
                int col = 0;
                while (col < m.getWidth()) {
                    if (!m.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row)) {
                        col++;
                    }
                    cs.addRect(x + start * module, yTop - (row + 1) * module, (col - start) * module, module);
                }
            }
            cs.setNonStrokingColor(0f);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- output -------------------------------------------------------------------------------------------------

    /**
     * Closes the content, numbers the pages when there are several ("H21-250701-0001 · Trang 1/2" when a footer
     * label is given), and returns the PDF.
     */
    byte[] finish(String footerLabel) {
        try {
            cs.close();
            cs = null;
            int n = doc.getNumberOfPages();
            if (n > 1) {
                for (int i = 0; i < n; i++) {
                    PDPage page = doc.getPage(i);
                    try (PDPageContentStream c = new PDPageContentStream(doc, page,
                            PDPageContentStream.AppendMode.APPEND, true, true)) {
                        String t = (footerLabel == null ? "" : printable(footerLabel, regular) + " · ") + "Trang "
                                + (i + 1) + "/" + n;
                        float size = 9;
                        c.beginText();
                        c.setFont(regular, size);
                        c.newLineAtOffset((pageSize.getWidth() - widthOf(t, regular, size)) / 2, 10 * MM);
                        c.showText(t);
                        c.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (cs != null) {
                cs.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
