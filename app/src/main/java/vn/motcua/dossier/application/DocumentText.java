package vn.motcua.dossier.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The text form of the documents and fees received with a dossier, one per line:
 * {@code name|originals|copies|digitised|reused} and {@code name|amountVnd}.
 */
public final class DocumentText {

    private DocumentText() { }

    public static String documents(List<ReceiveCommand.Document> docs) {
        StringBuilder b = new StringBuilder();
        for (ReceiveCommand.Document d : docs) {
            line(b).append(clean(d.name())).append('|').append(d.originals()).append('|').append(d.copies()).append('|')
                    .append(d.digitised()).append('|').append(d.reused());
        }
        return b.toString();
    }

    public static String fees(List<ReceiveCommand.FeeLine> fees) {
        StringBuilder b = new StringBuilder();
        for (ReceiveCommand.FeeLine f : fees) {
            line(b).append(clean(f.name())).append('|').append(f.amountVnd());
        }
        return b.toString();
    }

    public static List<ReceiveCommand.Document> readDocuments(String text) {
        List<ReceiveCommand.Document> out = new ArrayList<>();
        for (String[] p : split(text, 5)) {
            out.add(new ReceiveCommand.Document(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                    Boolean.parseBoolean(p[3]), Boolean.parseBoolean(p[4])));
        }
        return out;
    }

    public static List<ReceiveCommand.FeeLine> readFees(String text) {
        List<ReceiveCommand.FeeLine> out = new ArrayList<>();
        for (String[] p : split(text, 2)) {
            out.add(new ReceiveCommand.FeeLine(p[0], Long.parseLong(p[1])));
        }
        return out;
    }

    private static List<String[]> split(String text, int parts) {
        List<String[]> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] p = line.split("\\|", -1);
            if (p.length == parts) {
                out.add(p);
            }
        }
        return out;
    }

    private static StringBuilder line(StringBuilder b) {
        return b.length() > 0 ? b.append('\n') : b;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replace('|', '/').replace('\n', ' ').replace('\r', ' ');
    }
}
