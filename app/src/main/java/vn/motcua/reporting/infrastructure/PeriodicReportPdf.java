package vn.motcua.reporting.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.motcua.shared.pdf.PdfText;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.reporting.domain.PeriodicReport;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;
import vn.motcua.shared.pdf.PdfFonts;

/**
 * Form 06a as a PDF on landscape A4, the same layout as the XLSX: the form's heading, the table with its header
 * cells merged as printed (repeated on every page), one row per unit (field, procedure, month), the total, the date
 * line and the signature titles; numbers written the Vietnamese way (1.234; 66,67). Text in the embedded DejaVu
 * Serif of {@link PdfFonts}. One instance serves every request; each call makes its own document.
 */
public final class PeriodicReportPdf {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 12 * MM;
    private static final float[] SHARES = {3, 18, 6.2f, 6.2f, 6.2f, 6.2f, 6.2f, 6.2f, 6.2f, 6.2f, 6.2f, 6.2f, 6.2f, 7};
    private static final float HEAD = 7.5f;
    private static final float BODY = 8.5f;
    private static final float PAD = 2.5f;

    public byte[] render(PeriodicReport report) {
        try (PDDocument doc = new PDDocument()) {
            Page p = new Page(doc);
            p.heading(report);
            float[] widths = widths(p.right - p.left);
            List<Form06a.Cell> header = Form06a.header(report.rowHeading());
            p.tableHeader(widths, header);
            int sections = 0;
            for (PeriodicReport.Section section : report.sections()) {
                if (section.title() != null) {
                    p.row(widths, header, cells(PeriodicReport.roman(++sections), section.title(), section.subtotal()),
                            true);
                }
                int n = 1;
                for (TimelinessRow row : section.rows()) {
                    p.row(widths, header, cells(String.valueOf(n++), Form06a.name(row), row.counts()), false);
                }
            }
            p.row(widths, header, cells("", Form06a.TOTAL, report.table().total()), true);
            p.footer(report);
            p.close();
            p.numberPages();
            doc.getDocumentInformation().setTitle(PeriodicReport.FORM_NUMBER + " — " + report.title());
            doc.getDocumentInformation().setProducer("Một Cửa");
            doc.getDocumentCatalog().setLanguage("vi-VN");
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String tt, String name, TimelinessCounts c) {
        List<String> out = new ArrayList<>();
        out.add(tt);
        out.add(name);
        for (long v : Form06a.counts(c)) {
            out.add(Form06a.count(v));
        }
        out.add(Form06a.rate(c.onTimeRate()));
        return out;
    }

    private static float[] widths(float width) {
        float total = 0;
        for (float s : SHARES) {
            total += s;
        }
        float[] w = new float[SHARES.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = width * SHARES[i] / total;
        }
        return w;
    }

    /** The document being written: the current page, its content stream and the cursor going down. */
    private static final class Page {
        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        final float left = MARGIN;
        final float right = PAGE.getWidth() - MARGIN;
        private final PdfText pdfText = new PdfText();
        private PDPageContentStream cs;
        private float y;

        Page(PDDocument doc) throws IOException {
            this.doc = doc;
            this.regular = PDType0Font.load(doc, new RandomAccessReadBuffer(PdfFonts.serif()), true, false);
            this.bold = PDType0Font.load(doc, new RandomAccessReadBuffer(PdfFonts.serifBold()), true, false);
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            cs.setLineWidth(0.5f);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        void heading(PeriodicReport r) throws IOException {
            float top = y;
            float split = left + (right - left) * 0.62f;
            lines(PeriodicReport.FORM_NUMBER, bold, 9.5f, left, split - 10, false);
            float afterLeft = y;
            y = top;
            lines("Đơn vị báo cáo: " + r.reportingUnit(), regular, 9.5f, split, right, false);
            lines("Đơn vị nhận báo cáo: " + r.receivingUnit(), regular, 9.5f, split, right, false);
            y = Math.min(y, afterLeft) - 6;
            lines(r.title(), bold, 12, left, right, true);
            lines(r.periodLine(), bold, 10.5f, left, right, true);
            lines(r.rangeLine(), regular, 10, left, right, true);
            float size = 9;
            String unit = printable(PeriodicReport.COUNTING_UNIT, regular);
            y -= leading(size);
            show(unit, regular, size, right - width(unit, regular, size), y + size * 0.25f);
            y -= 3;
        }

        void footer(PeriodicReport r) throws IOException {
            float split = left + (right - left) * 0.62f;
            if (y - 5 * leading(10) < MARGIN) {
                newPage();
            }
            y -= 8;
            float top = y;
            lines(r.dateLine(), regular, 10, split, right, true);
            lines("THỦ TRƯỞNG ĐƠN VỊ", bold, 10, split, right, true);
            lines("(Ký tên, đóng dấu)", regular, 9, split, right, true);
            float end = y;
            y = top - leading(10);
            lines("NGƯỜI LẬP BIỂU", bold, 10, left, left + (right - left) * 0.35f, true);
            lines("(Ký, ghi rõ họ tên)", regular, 9, left, left + (right - left) * 0.35f, true);
            y = Math.min(y, end);
        }

        /** The merged header: row heights grown until every cell's wrapped text fits its span; then the numbering. */
        void tableHeader(float[] widths, List<Form06a.Cell> header) throws IOException {
            float[] heights = headerHeights(widths, header);
            float total = heights[0] + heights[1] + heights[2];
            float numbering = leading(HEAD) + 2 * PAD;
            if (y - total - numbering - leading(BODY) - 2 * PAD < MARGIN) {
                newPage();
            }
            float[] xs = starts(widths);
            for (Form06a.Cell c : header) {
                float top = y;
                for (int i = 0; i < c.row(); i++) {
                    top -= heights[i];
                }
                float h = 0;
                for (int i = c.row(); i < c.row() + c.rows(); i++) {
                    h += heights[i];
                }
                float w = xs[c.col() + c.cols()] - xs[c.col()];
                box(xs[c.col()], top, w, h, wrap(c.text(), bold, HEAD, w - 2 * PAD), bold, HEAD, true);
            }
            y -= total;
            for (int col = 0; col < widths.length; col++) {
                box(xs[col], y, widths[col], numbering, List.of(Form06a.number(col)), regular, HEAD, true);
            }
            y -= numbering;
        }

        private float[] headerHeights(float[] widths, List<Form06a.Cell> header) {
            float[] xs = starts(widths);
            float[] h = new float[Form06a.HEADER_ROWS];
            java.util.Arrays.fill(h, leading(HEAD) + 2 * PAD);
            for (int span = 1; span <= Form06a.HEADER_ROWS; span++) {
                for (Form06a.Cell c : header) {
                    if (c.rows() != span) {
                        continue;
                    }
                    float w = xs[c.col() + c.cols()] - xs[c.col()];
                    float need = wrap(c.text(), bold, HEAD, w - 2 * PAD).size() * leading(HEAD) + 2 * PAD;
                    float have = 0;
                    for (int i = c.row(); i < c.row() + span; i++) {
                        have += h[i];
                    }
                    if (need > have) {
                        h[c.row() + span - 1] += need - have;
                    }
                }
            }
            return h;
        }

        /** A body row: the name wrapped, numbers right-aligned; a new page (with the header) when it does not fit. */
        void row(float[] widths, List<Form06a.Cell> header, List<String> cells, boolean isBold) throws IOException {
            PDFont font = isBold ? bold : regular;
            List<String> name = wrap(cells.get(1), font, BODY, widths[1] - 2 * PAD);
            float h = name.size() * leading(BODY) + 2 * PAD;
            if (y - h < MARGIN) {
                newPage();
                tableHeader(widths, header);
            }
            float[] xs = starts(widths);
            box(xs[0], y, widths[0], h, List.of(printable(cells.get(0), font)), font, BODY, true);
            box(xs[1], y, widths[1], h, name, font, BODY, false);
            for (int col = 2; col < widths.length; col++) {
                String t = printable(cells.get(col), font);
                float tw = width(t, font, BODY);
                show(t, font, BODY, xs[col] + widths[col] - PAD - tw, y - PAD - leading(BODY) + BODY * 0.25f);
                rect(xs[col], y - h, widths[col], h);
            }
            y -= h;
        }

        /** Lines of text in a bordered box whose top-left is (x, top), centred or left-aligned, from the top. */
        private void box(float x, float top, float w, float h, List<String> lines, PDFont font, float size,
                         boolean centre) throws IOException {
            float block = lines.size() * leading(size);
            float ly = centre ? top - (h - block) / 2 : top - PAD;
            for (String line : lines) {
                ly -= leading(size);
                float lx = centre ? x + (w - width(line, font, size)) / 2 : x + PAD;
                show(line, font, size, lx, ly + size * 0.25f);
            }
            rect(x, top - h, w, h);
        }

        private void rect(float x, float bottom, float w, float h) throws IOException {
            cs.addRect(x, bottom, w, h);
            cs.stroke();
        }

        /** Wrapped lines between x0 and x1, centred or left-aligned, moving the cursor down. */
        private void lines(String text, PDFont font, float size, float x0, float x1, boolean centre)
                throws IOException {
            for (String line : wrap(text, font, size, x1 - x0)) {
                y -= leading(size);
                float x = centre ? x0 + (x1 - x0 - width(line, font, size)) / 2 : x0;
                show(line, font, size, x, y + size * 0.25f);
            }
        }

        /** "Trang 1/2" at the foot of every page, when there are several. */
        void numberPages() throws IOException {
            int n = doc.getNumberOfPages();
            for (int i = 0; n > 1 && i < n; i++) {
                try (PDPageContentStream c = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String t = "Trang " + (i + 1) + "/" + n;
                    c.beginText();
                    c.setFont(regular, 8);
                    c.newLineAtOffset((PAGE.getWidth() - width(t, regular, 8)) / 2, 6 * MM);
                    c.showText(t);
                    c.endText();
                }
            }
        }

        private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        }

        private static float[] starts(float[] widths) {
            float[] xs = new float[widths.length + 1];
            xs[0] = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                xs[i + 1] = xs[i] + widths[i];
            }
            return xs;
        }

        private static float leading(float size) {
            return size * 1.3f;
        }

        private float width(String text, PDFont font, float size) {
            return PdfText.width(text, font, size);
        }

        /** NFC, whitespace runs as one space, and '?' for what the font cannot draw (emoji, CJK). */
        private String printable(String text, PDFont font) {
            return pdfText.printable(oneLine(text), font);
        }

        /** Greedy word wrap; a word wider than the width is cut. */
        private List<String> wrap(String text, PDFont font, float size, float maxWidth) {
            return pdfText.wrap(oneLine(text), font, size, maxWidth);
        }

        private static String oneLine(String text) {
            return text == null ? "" : text.replaceAll("\\s+", " ");
        }
    }
}
