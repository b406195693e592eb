package vn.motcua.catalog.domain;

/** Level that implements a procedure after the 2025 two-level local government: province or commune. */
public enum Level { PROVINCE, COMMUNE }
