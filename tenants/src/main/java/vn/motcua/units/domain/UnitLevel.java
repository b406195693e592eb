package vn.motcua.units.domain;

/** Administrative level of a unit. The district level was abolished on 1 Jul 2025 but stays in history. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE
}
