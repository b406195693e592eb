package vn.motcua.units.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/** A unit's stable identity; its content lives in {@link UnitVersionRecord}s. The version guards concurrent edits. */
@Entity
@Table(name = "unit", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class UnitRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "province.unit_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private boolean generated;

    @Column(name = "origin_tenant")
    private String originTenant;

    @Column(name = "origin_unit_id")
    private Long originUnitId;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected UnitRecord() { }

    public UnitRecord(boolean generated, String originTenant, Long originUnitId) {
        this.generated = generated;
        this.originTenant = originTenant;
        this.originUnitId = originUnitId;
    }

    public Long getId() { return id; }
    public String getTenantId() { return tenantId; }
    public boolean isGenerated() { return generated; }
    public String getOriginTenant() { return originTenant; }
    public Long getOriginUnitId() { return originUnitId; }
    public long getVersion() { return version; }
}
