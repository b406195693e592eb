package vn.motcua.calendar.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/** A province's office hours (one row per province, id 1): periods written "07:30-11:30,13:30-17:00". */
@Entity
@Table(name = "office_hours", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class OfficeHoursRow {

    public static final short ID = 1;

    @Id
    private short id = ID;

    @Column(nullable = false)
    private String periods;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected OfficeHoursRow() { }

    public OfficeHoursRow(List<OfficePeriod> periods, String by) {
        set(periods, by);
    }

    public final void set(List<OfficePeriod> periods, String by) {
        this.periods = periods.stream().map(p -> p.start() + "-" + p.end()).collect(Collectors.joining(","));
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = by;
    }

    public List<OfficePeriod> getPeriods() {
        List<OfficePeriod> out = new ArrayList<>();
        for (String p : periods.split(",")) {
            String[] se = p.split("-");
            out.add(OfficePeriod.of(se[0], se[1]));
        }
        return out;
    }

    public long getVersion() { return version; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
