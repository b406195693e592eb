package vn.motcua.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/** A province served by this deployment. Platform data: not itself tenant-owned. */
@Entity
@Table(name = "tenant", schema = "platform")
public class Tenant {

    public static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    public static final Pattern PROVINCE_CODE = Pattern.compile("^[A-Z][0-9]{2}$");

    @Id
    private String id;

    @Column(name = "province_code", nullable = false, unique = true)
    private String provinceCode;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "merged_into")
    private String mergedInto;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Tenant() { }

    public Tenant(String slug, String provinceCode, String nameVi, String nameEn, LocalDate activeFrom) {
        this.id = slug;
        this.provinceCode = provinceCode;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.activeFrom = activeFrom;
    }

    /** Absorbed by {@code absorbing}: it served until {@code lastDay}; its history now lives on there too. */
    public void markMergedInto(String absorbing, LocalDate lastDay) {
        this.status = TenantStatus.MERGED;
        this.mergedInto = absorbing;
        this.activeTo = lastDay;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** The slug is also the tenant_id of every row the province owns, so it never changes. */
    public String getSlug() { return id; }
    public String getProvinceCode() { return provinceCode; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public TenantStatus getStatus() { return status; }
    public LocalDate getActiveFrom() { return activeFrom; }
    public LocalDate getActiveTo() { return activeTo; }
    public String getMergedInto() { return mergedInto; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    public String displayName(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
