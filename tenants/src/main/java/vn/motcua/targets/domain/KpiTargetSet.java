package vn.motcua.targets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/** A province's targets of one year, replaced as a whole; carries the optimistic version of the set. */
@Entity
@Table(name = "kpi_target_set", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class KpiTargetSet {

    @Id
    private int year;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected KpiTargetSet() { }

    public KpiTargetSet(int year, String by) {
        this.year = year;
        touch(by);
    }

    public final void touch(String by) {
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = by;
    }

    public int getYear() { return year; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
