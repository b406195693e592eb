package vn.motcua.index.domain;

/**
 * A procedure some province published for a period: its code and name, how many provinces (one absorbed by another
 * counted within it) and how many dossiers they received in all.
 */
public record ProcedureVolume(String code, String name, int provinces, long received) { }
