package vn.motcua.provisioning.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;

/** Reads a bundled seed CSV (comment lines starting with # are dropped) and keeps one province's rows. */
final class SeedFiles {

    private SeedFiles() { }

    static List<Table.Row> rows(String resource, String tenant) {
        try (InputStream in = SeedFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed file " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.stripLeading().startsWith("#")).collect(Collectors.joining("\n"));
            return TabularReader.readCsv(text.getBytes(StandardCharsets.UTF_8)).rows().stream()
                    .filter(r -> r.get("tenant").equals(tenant)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
