package vn.motcua.infra.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} or {@code --name=value} command-line options of the tools in the launcher jar. */
public final class Options {

    private Options() { }

    public static Map<String, String> parse(String[] args) {
        return parse(args, Set.of());
    }

    /** {@code flags}: options that take no value (their value is the empty string). */
    public static Map<String, String> parse(String[] args, Set<String> flags) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                o.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (flags.contains(key)) {
                o.put(key, "");
            } else if (i + 1 < args.length) {
                o.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("missing value of --" + key);
            }
        }
        return o;
    }
}
