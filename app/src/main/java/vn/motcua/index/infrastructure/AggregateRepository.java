package vn.motcua.index.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.index.domain.AggregatePeriod;
import vn.motcua.index.domain.MetricSource;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.ProcedureAggregate;
import vn.motcua.index.domain.ProcedureVolume;
import vn.motcua.index.domain.PublishedUnit;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.reporting.domain.FinishTimes;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The aggregates provinces publish for central agencies (platform.aggregate_period, _unit, _procedure; V22). A
 * province writes only its own rows (the transaction is bound to it; row level security refuses any other); reads
 * see every province's. Callers hold the transaction.
 */
@ApplicationScoped
public class AggregateRepository {

    @Inject
    TenantPersistence persistence;

    /**
     * JSON-P factories made once: {@code Json.createObjectBuilder()} and {@code Json.createReader} look the provider
     * up through the ServiceLoader on every call, which in Payara scans the class path (a publication with a few
     * thousand rows spent seconds there).
     */
    private static final jakarta.json.JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final jakarta.json.JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** A published period of one province: its index and the metric counts it was scored from. */
    public record PeriodRow(String tenant, AggregatePeriod kind, YearMonth month, LocalDate from, LocalDate to,
                            String ruleSet, String provinceCode, String provinceName, double total, String band,
                            Map<String, Double> groups, Map<String, MetricValue> metrics, OffsetDateTime publishedAt,
                            String publishedBy, int units, int procedures) { }


    /**
     * Replaces what the bound province published for the period with these rows. Publications of one province are
     * serialised (a transaction-scoped advisory lock), so the schedule and a request never interleave.
     */
    public void replace(PeriodRow p, List<PublishedUnit> units, List<ProcedureAggregate> procedures) {
        var em = persistence.tenantEm();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "aggregates:" + p.tenant())
                .getSingleResult();
        Connection conn = em.unwrap(Connection.class);
        Date month = Date.valueOf(p.month().atDay(1));
        try {
            try (PreparedStatement del = conn.prepareStatement(
                    "DELETE FROM platform.aggregate_period WHERE tenant_id = ? AND kind = ? AND month = ?")) {
                del.setString(1, p.tenant());
                del.setString(2, p.kind().name());
                del.setDate(3, month);
                del.executeUpdate();
            }
            try (PreparedStatement ins = conn.prepareStatement("INSERT INTO platform.aggregate_period (tenant_id, kind,"
                    + " month, period_from, period_to, rule_set, province_code, province_name, total, band, groups,"
                    + " metrics, published_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb),"
                    + " ?)")) {
                ins.setString(1, p.tenant());
                ins.setString(2, p.kind().name());
                ins.setDate(3, month);
                ins.setDate(4, Date.valueOf(p.from()));
                ins.setDate(5, Date.valueOf(p.to()));
                ins.setString(6, p.ruleSet());
                ins.setString(7, p.provinceCode());
                ins.setString(8, p.provinceName());
                ins.setBigDecimal(9, java.math.BigDecimal.valueOf(p.total()));
                ins.setString(10, p.band());
                ins.setString(11, groupsJson(p.groups()));
                ins.setString(12, metricsJson(p.metrics()));
                ins.setString(13, p.publishedBy());
                ins.executeUpdate();
            }
            try (PreparedStatement ins = conn.prepareStatement("INSERT INTO platform.aggregate_unit (tenant_id, kind,"
                    + " month, unit_code, unit_name, unit_kind, total, band, groups, metrics) VALUES (?, ?, ?, ?, ?, ?, ?,"
                    + " ?, CAST(? AS jsonb), CAST(? AS jsonb))")) {
                for (PublishedUnit u : units) {
                    ins.setString(1, p.tenant());
                    ins.setString(2, p.kind().name());
                    ins.setDate(3, month);
                    ins.setString(4, u.code());
                    ins.setString(5, u.name());
                    ins.setString(6, u.kind().name());
                    ins.setBigDecimal(7, java.math.BigDecimal.valueOf(u.total()));
                    ins.setString(8, u.band());
                    ins.setString(9, groupsJson(u.groups()));
                    ins.setString(10, metricsJson(u.metrics()));
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            try (PreparedStatement ins = conn.prepareStatement("INSERT INTO platform.aggregate_procedure (tenant_id,"
                    + " kind, month, procedure_code, procedure_name, received, received_online, finished,"
                    + " finished_on_time, open_overdue, measured, worked_hundredths, within_days) VALUES (?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
                for (ProcedureAggregate a : procedures) {
                    ins.setString(1, p.tenant());
                    ins.setString(2, p.kind().name());
                    ins.setDate(3, month);
                    ins.setString(4, a.code());
                    ins.setString(5, a.name());
                    ins.setLong(6, a.received());
                    ins.setLong(7, a.receivedOnline());
                    ins.setLong(8, a.finished());
                    ins.setLong(9, a.finishedOnTime());
                    ins.setLong(10, a.openOverdue());
                    ins.setLong(11, a.times().count());
                    ins.setLong(12, a.times().hundredths());
                    JsonObjectBuilder days = JSON.createObjectBuilder();
                    a.times().withinDays().forEach((d, n) -> days.add(Integer.toString(d), n));
                    ins.setString(13, days.build().toString());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("publishing the aggregates of " + p.tenant() + " failed", e);
        }
    }

    private static final String PERIOD_COLUMNS = "p.tenant_id, p.kind, p.month, p.period_from, p.period_to,"
            + " p.rule_set, p.province_code, p.province_name, p.total, p.band, p.groups::text, p.metrics::text,"
            + " p.published_at, p.published_by, (SELECT count(*) FROM platform.aggregate_unit u WHERE"
            + " u.tenant_id = p.tenant_id AND u.kind = p.kind AND u.month = p.month), (SELECT count(*) FROM"
            + " platform.aggregate_procedure x WHERE x.tenant_id = p.tenant_id AND x.kind = p.kind AND"
            + " x.month = p.month) FROM platform.aggregate_period p";

    /** Every province's publication of one period. */
    public List<PeriodRow> periods(AggregatePeriod kind, YearMonth month) {
        return periodRows(persistence.platformEm().createNativeQuery("SELECT " + PERIOD_COLUMNS
                + " WHERE p.kind = ?1 AND p.month = ?2 ORDER BY p.tenant_id").setParameter(1, kind.name())
                .setParameter(2, month.atDay(1)).getResultList());
    }

    /** The publications of these provinces over a range of months, in month order. */
    public List<PeriodRow> periods(AggregatePeriod kind, YearMonth from, YearMonth to, Collection<String> tenants) {
        return periodRows(persistence.platformEm().createNativeQuery("SELECT " + PERIOD_COLUMNS
                + " WHERE p.kind = ?1 AND p.month BETWEEN ?2 AND ?3 AND p.tenant_id = ANY(CAST(?4 AS text[]))"
                + " ORDER BY p.month, p.tenant_id").setParameter(1, kind.name()).setParameter(2, from.atDay(1))
                .setParameter(3, to.atDay(1)).setParameter(4, textArray(tenants)).getResultList());
    }

    /** What one province has published, the latest month first. */
    public List<PeriodRow> periodsOf(String tenant) {
        return periodRows(persistence.platformEm().createNativeQuery("SELECT " + PERIOD_COLUMNS
                + " WHERE p.tenant_id = ?1 ORDER BY p.month DESC, p.kind").setParameter(1, tenant).getResultList());
    }

    /** The latest month any province has published for this kind of period. */
    public java.util.Optional<YearMonth> latestMonth(AggregatePeriod kind) {
        Object m = persistence.platformEm().createNativeQuery("SELECT max(month) FROM platform.aggregate_period"
                + " WHERE kind = ?1").setParameter(1, kind.name()).getSingleResult();
        return java.util.Optional.ofNullable(m).map(o -> YearMonth.from(day(o)));
    }

    /** The units of one period, of these provinces. */
    @SuppressWarnings("unchecked")
    public List<PublishedUnit> units(AggregatePeriod kind, YearMonth month, Collection<String> tenants) {
        List<PublishedUnit> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) persistence.platformEm().createNativeQuery("SELECT tenant_id, unit_code,"
                        + " unit_name, unit_kind, total, band, groups::text, metrics::text FROM platform.aggregate_unit"
                        + " WHERE kind = ?1 AND month = ?2 AND tenant_id = ANY(CAST(?3 AS text[]))"
                        + " ORDER BY tenant_id, total DESC, unit_code")
                .setParameter(1, kind.name()).setParameter(2, month.atDay(1)).setParameter(3, textArray(tenants))
                .getResultList()) {
            out.add(new PublishedUnit((String) r[0], (String) r[1], (String) r[2], UnitKind.valueOf((String) r[3]),
                    ((Number) r[4]).doubleValue(), (String) r[5], groups((String) r[6]), metrics((String) r[7])));
        }
        return out;
    }

    /** The units' totals of one period, by province: what the spread of a province's units is read from. */
    @SuppressWarnings("unchecked")
    public Map<String, List<Double>> unitTotals(AggregatePeriod kind, YearMonth month) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) persistence.platformEm().createNativeQuery("SELECT tenant_id, total"
                        + " FROM platform.aggregate_unit WHERE kind = ?1 AND month = ?2")
                .setParameter(1, kind.name()).setParameter(2, month.atDay(1)).getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(((Number) r[1]).doubleValue());
        }
        return out;
    }

    /** One procedure (by its code) in every province that published it for the period: tenant → its counts. */
    @SuppressWarnings("unchecked")
    public Map<String, ProcedureAggregate> procedure(String code, AggregatePeriod kind, YearMonth month) {
        Map<String, ProcedureAggregate> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) persistence.platformEm().createNativeQuery("SELECT tenant_id,"
                        + " procedure_code, procedure_name, received, received_online, finished, finished_on_time,"
                        + " open_overdue, worked_hundredths, within_days::text FROM platform.aggregate_procedure"
                        + " WHERE procedure_code = ?1 AND kind = ?2 AND month = ?3 ORDER BY tenant_id")
                .setParameter(1, code).setParameter(2, kind.name()).setParameter(3, month.atDay(1)).getResultList()) {
            out.put((String) r[0], procedureRow(r, 1));
        }
        return out;
    }


    /** The procedures published for the period, the most provinces first, then the most dossiers. */
    @SuppressWarnings("unchecked")
    public List<ProcedureVolume> procedures(AggregatePeriod kind, YearMonth month, String nameOrCode, int limit) {
        String like = nameOrCode == null || nameOrCode.isBlank() ? null
                : "%" + nameOrCode.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<ProcedureVolume> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) persistence.platformEm().createNativeQuery("SELECT a.procedure_code,"
                        + " min(a.procedure_name), count(DISTINCT coalesce(t.merged_into, t.id)), sum(a.received)"
                        + " FROM platform.aggregate_procedure a JOIN platform.tenant t ON t.id = a.tenant_id"
                        + " WHERE a.kind = ?1 AND a.month = ?2 AND (CAST(?3 AS text) IS NULL"
                        + " OR a.procedure_code ILIKE ?3 OR a.procedure_name ILIKE ?3) GROUP BY a.procedure_code"
                        + " ORDER BY 3 DESC, 4 DESC, 1 LIMIT ?4")
                .setParameter(1, kind.name()).setParameter(2, month.atDay(1)).setParameter(3, like)
                .setParameter(4, limit).getResultList()) {
            out.add(new ProcedureVolume((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                    ((Number) r[3]).longValue()));
        }
        return out;
    }

    private static ProcedureAggregate procedureRow(Object[] r, int at) {
        Map<Integer, Long> days = new TreeMap<>();
        try (var reader = READERS.createReader(new StringReader((String) r[at + 8]))) {
            reader.readObject().forEach((k, v) -> days.put(Integer.parseInt(k),
                    ((jakarta.json.JsonNumber) v).longValue()));
        }
        return new ProcedureAggregate((String) r[at], (String) r[at + 1], ((Number) r[at + 2]).longValue(),
                ((Number) r[at + 3]).longValue(), ((Number) r[at + 4]).longValue(), ((Number) r[at + 5]).longValue(),
                ((Number) r[at + 6]).longValue(), FinishTimes.of(days, ((Number) r[at + 7]).longValue()));
    }

    private static List<PeriodRow> periodRows(List<?> rows) {
        List<PeriodRow> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new PeriodRow((String) r[0], AggregatePeriod.valueOf((String) r[1]), YearMonth.from(day(r[2])),
                    day(r[3]), day(r[4]), (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).doubleValue(),
                    (String) r[9], groups((String) r[10]), metrics((String) r[11]), instant(r[12]), (String) r[13],
                    ((Number) r[14]).intValue(), ((Number) r[15]).intValue()));
        }
        return out;
    }

    /** Group code → score as the jsonb the platform tables keep (V20, V22). */
    static String groupsJson(Map<String, Double> groups) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        groups.forEach(b::add);
        return b.build().toString();
    }

    static String metricsJson(Map<String, MetricValue> metrics) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        metrics.forEach((code, v) -> {
            JsonObjectBuilder m = JSON.createObjectBuilder().add("s", v.source().name());
            if (v.numerator() != null) {
                m.add("n", v.numerator()).add("d", v.denominator());
            }
            if (v.ratioPct() != null) {
                m.add("r", v.ratioPct());
            }
            b.add(code, m);
        });
        return b.build().toString();
    }

    static Map<String, Double> groups(String json) {
        Map<String, Double> out = new LinkedHashMap<>();
        try (var reader = READERS.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> out.put(k, o.getJsonNumber(k).doubleValue()));
        }
        return out;
    }

    static Map<String, MetricValue> metrics(String json) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        try (var reader = READERS.createReader(new StringReader(json))) {
            reader.readObject().forEach((code, v) -> {
                JsonObject m = v.asJsonObject();
                Long n = m.containsKey("n") ? m.getJsonNumber("n").longValue() : null;
                Long d = m.containsKey("d") ? m.getJsonNumber("d").longValue() : null;
                Double r = m.containsKey("r") && m.get("r").getValueType() == JsonValue.ValueType.NUMBER
                        ? m.getJsonNumber("r").doubleValue() : null;
                out.put(code, new MetricValue(code, n, d, r, MetricSource.valueOf(m.getString("s")), List.of()));
            });
        }
        return out;
    }

    private static String textArray(Collection<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (String v : values) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }

    private static LocalDate day(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static OffsetDateTime instant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return (OffsetDateTime) o;
    }
}
