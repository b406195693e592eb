package vn.motcua.infra.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} or {@code --name=value} command-line options. */
final class Options {

    private Options() { }

    static Map<String, String> parse(String[] args) {
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
            } else if (i + 1 < args.length) {
                o.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("missing value of --" + key);
            }
        }
        return o;
    }
}
