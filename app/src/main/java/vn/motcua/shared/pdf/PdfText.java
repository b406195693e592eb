package vn.motcua.shared.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text on the product's PDF pages (the statutory forms and the reports' export): what a font can draw, how wide a text
 * is, and greedy word wrap. One instance per document: it remembers, per font, which characters the font has.
 */
public final class PdfText {

    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();

    /**
     * The text in NFC with tabs as spaces and every character the font cannot draw (emoji, CJK…) replaced by '?';
     * line breaks ('\n') are kept.
     */
    public String printable(String text, PDFont font) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replace('\t', ' ');
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append('\n');
                return;
            }
            boolean ok = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            sb.append(ok ? new String(Character.toChars(cp)) : "?");
        });
        return sb.toString();
    }

    /** The width of a printable text in points. */
    public static float width(String printableText, PDFont font, float size) {
        try {
            return font.getStringWidth(printableText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Greedy word wrap of a text (made printable first) into lines no wider than {@code maxWidth}: hard line breaks
     * are kept, runs of spaces count as one, a word wider than the width is cut.
     */
    public List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String para : printable(text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
