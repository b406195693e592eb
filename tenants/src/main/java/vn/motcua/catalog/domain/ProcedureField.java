package vn.motcua.catalog.domain;

/** A field (lĩnh vực) of administrative procedures, with its sector (ngành). */
public record ProcedureField(String code, String nameVi, String nameEn, String sectorVi) { }
