package vn.motcua.index.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.index.domain.IndexScenario;
import vn.motcua.index.domain.MetricChange;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The bound province's saved what-if scenarios ({@code province.index_scenario}, V23); another province's rows are
 * invisible (row-level security), so its ids are not found. Callers hold the transaction.
 */
@ApplicationScoped
public class IndexScenarioRepository {

    /** JSON-P factories made once (a provider lookup per call scans Payara's class path). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final String COLUMNS = "id, name, period_from, period_to, compared_with, changes::text, created_by,"
            + " created_at, updated_at, version";

    @Inject
    TenantPersistence persistence;

    /** Every scenario of the province, by name. */
    @SuppressWarnings("unchecked")
    public List<IndexScenario> all() {
        List<IndexScenario> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) persistence.tenantEm().createNativeQuery("SELECT " + COLUMNS
                + " FROM province.index_scenario ORDER BY name, id").getResultList()) {
            out.add(row(r));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public Optional<IndexScenario> find(long id) {
        List<Object[]> rows = persistence.tenantEm().createNativeQuery("SELECT " + COLUMNS
                + " FROM province.index_scenario WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(IndexScenarioRepository::row);
    }

    /**
     * Serialises the province's scenario writes until the transaction ends, so that a name checked free stays free
     * until it is written.
     */
    public void lock() {
        persistence.tenantEm().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('index_scenario:' ||"
                + " current_setting('app.tenant')))").getSingleResult();
    }

    /** Whether another scenario than {@code exceptId} (0: none) has this name. */
    public boolean nameTaken(String name, long exceptId) {
        return ((Number) persistence.tenantEm().createNativeQuery("SELECT count(*) FROM province.index_scenario"
                + " WHERE name = ?1 AND id <> ?2").setParameter(1, name).setParameter(2, exceptId)
                .getSingleResult()).longValue() > 0;
    }

    /** The new scenario's id. */
    public long insert(String name, LocalDate from, LocalDate to, LocalDate comparedWith, List<MetricChange> changes,
                       String by) {
        return ((Number) persistence.tenantEm().createNativeQuery("INSERT INTO province.index_scenario (tenant_id,"
                        + " name, period_from, period_to, compared_with, changes, created_by) VALUES"
                        + " (current_setting('app.tenant'), ?1, ?2, ?3, CAST(?4 AS date), CAST(?5 AS jsonb), ?6)"
                        + " RETURNING id")
                .setParameter(1, name).setParameter(2, from).setParameter(3, to)
                .setParameter(4, comparedWith == null ? null : comparedWith.toString())
                .setParameter(5, json(changes)).setParameter(6, by).getSingleResult()).longValue();
    }

    /** Replaces the scenario's content if it is still at {@code version}; whether it was (and is now one higher). */
    public boolean update(long id, long version, String name, LocalDate from, LocalDate to, LocalDate comparedWith,
                          List<MetricChange> changes) {
        return persistence.tenantEm().createNativeQuery("UPDATE province.index_scenario SET name = ?1,"
                        + " period_from = ?2, period_to = ?3, compared_with = CAST(?4 AS date),"
                        + " changes = CAST(?5 AS jsonb), updated_at = now(), version = version + 1"
                        + " WHERE id = ?6 AND version = ?7")
                .setParameter(1, name).setParameter(2, from).setParameter(3, to)
                .setParameter(4, comparedWith == null ? null : comparedWith.toString())
                .setParameter(5, json(changes)).setParameter(6, id).setParameter(7, version).executeUpdate() == 1;
    }

    /** Whether there was such a scenario. */
    public boolean delete(long id) {
        return persistence.tenantEm().createNativeQuery("DELETE FROM province.index_scenario WHERE id = ?1")
                .setParameter(1, id).executeUpdate() == 1;
    }

    /** The changes in the shape simulateIndex takes them; no unitCode for a metric counted once for the province. */
    static String json(List<MetricChange> changes) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (MetricChange c : changes) {
            var o = JSON.createObjectBuilder();
            if (c.unitCode() != null) {
                o.add("unitCode", c.unitCode());
            }
            a.add(o.add("metricCode", c.metricCode()).add("numerator", c.numerator())
                    .add("denominator", c.denominator()));
        }
        return a.build().toString();
    }

    static List<MetricChange> changes(String json) {
        List<MetricChange> out = new ArrayList<>();
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                out.add(new MetricChange(o.containsKey("unitCode") ? o.getString("unitCode") : null,
                        o.getString("metricCode"), o.getJsonNumber("numerator").longValueExact(),
                        o.getJsonNumber("denominator").longValueExact()));
            }
        }
        return out;
    }

    private static IndexScenario row(Object[] r) {
        return new IndexScenario(((Number) r[0]).longValue(), (String) r[1], day(r[2]), day(r[3]), day(r[4]),
                changes((String) r[5]), (String) r[6], instant(r[7]), instant(r[8]), ((Number) r[9]).longValue());
    }

    private static LocalDate day(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static OffsetDateTime instant(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.ofHours(7));
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(ZoneOffset.ofHours(7));
    }
}
