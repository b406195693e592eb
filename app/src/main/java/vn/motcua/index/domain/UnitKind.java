package vn.motcua.index.domain;

/** What the portal scores: a provincial agency (department), a commune or ward, or a whole province. */
public enum UnitKind { AGENCY, COMMUNE, PROVINCE }
