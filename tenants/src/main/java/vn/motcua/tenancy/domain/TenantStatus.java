package vn.motcua.tenancy.domain;

public enum TenantStatus {
    /** Serving dossiers now. */
    ACTIVE,
    /** Absorbed by another tenant (e.g. Bình Định into Gia Lai on 1 Jul 2025); its history stays reportable. */
    MERGED,
    /** No longer served, not merged anywhere. */
    RETIRED
}
