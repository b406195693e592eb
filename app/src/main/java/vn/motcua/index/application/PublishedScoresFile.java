package vn.motcua.index.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.motcua.index.domain.GroupRule;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.domain.PortalArithmetic;
import vn.motcua.index.domain.PublishedScore;
import vn.motcua.shared.Messages;
import vn.motcua.shared.Text;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.Table;

/**
 * A file of the national portal's published province scores, in the shape the portal's ranking has (columns
 * province_code, province_name, total and one per group of the rule set, e.g. CKMB … MDSH; an order column is read
 * as the published position): validated as a whole against the rule set in force on the publication's day, every
 * error named by line and column, nothing kept unless every line is valid.
 */
public final class PublishedScoresFile {

    private static final Pattern PROVINCE_CODE = Pattern.compile("H\\d{2}");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");

    private PublishedScoresFile() { }

    public static List<PublishedScore> parse(Table table, IndexRuleSet rules) {
        List<ImportError> errors = new ArrayList<>();
        List<String> required = new ArrayList<>(List.of("province_code", "province_name", "total"));
        rules.groups().forEach(g -> required.add(g.code()));
        for (String col : required) {
            if (!table.hasColumn(col)) {
                errors.add(ImportError.of(1, col, "import.column.missing", col));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<PublishedScore> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int position = 0;
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            position++;
            int n = errors.size();
            String code = row.get("province_code");
            if (!PROVINCE_CODE.matcher(code).matches()) {
                errors.add(ImportError.of(row.line(), "province_code", "index.published.code", code));
            } else {
                Integer first = seen.putIfAbsent(code, row.line());
                if (first != null) {
                    errors.add(ImportError.of(row.line(), "province_code", "index.published.duplicateOf", code, first));
                }
            }
            String name = row.get("province_name");
            if (name.isEmpty() || name.length() > Text.Kind.NAME.max()) {
                errors.add(ImportError.of(row.line(), "province_name", "index.published.name"));
            }
            Map<String, Double> groups = new LinkedHashMap<>();
            for (GroupRule g : rules.groups()) {
                Double s = score(row, g.code(), g.maxPoints(), errors);
                groups.put(g.code(), s);
            }
            Double total = score(row, "total", 100, errors);
            if (errors.size() == n) {
                double sum = PortalArithmetic.sum(groups.values());
                if (sum != total) {
                    errors.add(ImportError.of(row.line(), "total", "index.published.total", row.get("total"),
                            BigDecimal.valueOf(sum).toPlainString()));
                } else {
                    out.add(new PublishedScore(code, name, position, total, groups));
                }
            }
        }
        if (out.isEmpty() && errors.isEmpty()) {
            errors.add(ImportError.of(1, "province_code", "index.published.empty"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return out;
    }

    private static Double score(Table.Row row, String column, double max, List<ImportError> errors) {
        String v = row.get(column);
        if (!SCORE.matcher(v).matches() || Double.parseDouble(v) > max) {
            errors.add(ImportError.of(row.line(), column, "index.published.score", v,
                    BigDecimal.valueOf(max).stripTrailingZeros().toPlainString()));
            return null;
        }
        return PortalArithmetic.round2(Double.parseDouble(v));
    }

    static String msg(String key, Object... args) {
        return Messages.format(Messages.VIETNAMESE, key, args);
    }
}
