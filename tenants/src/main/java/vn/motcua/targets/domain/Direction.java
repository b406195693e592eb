package vn.motcua.targets.domain;

/** Whether the actual value must reach the target from below (≥) or stay under it (≤). */
public enum Direction { AT_LEAST, AT_MOST }
