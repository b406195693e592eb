package vn.motcua.catalog.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The national catalogue of fields, read once from {@code vn/motcua/seed/catalog/fields.csv}. */
public final class ProcedureFields {

    private static final Map<String, ProcedureField> FIELDS = load();

    private ProcedureFields() { }

    public static List<ProcedureField> all() {
        return List.copyOf(FIELDS.values());
    }

    public static Optional<ProcedureField> find(String code) {
        return Optional.ofNullable(code == null ? null : FIELDS.get(code.strip()));
    }

    public static boolean exists(String code) {
        return find(code).isPresent();
    }

    private static Map<String, ProcedureField> load() {
        try (InputStream in = ProcedureFields.class.getResourceAsStream("/vn/motcua/seed/catalog/fields.csv")) {
            if (in == null) {
                throw new IllegalStateException("fields.csv missing");
            }
            Map<String, ProcedureField> m = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code;")) {
                    continue;
                }
                String[] p = line.split(";", -1);
                m.put(p[0].strip(), new ProcedureField(p[0].strip(), p[1].strip(), p[2].strip(), p[3].strip()));
            }
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
