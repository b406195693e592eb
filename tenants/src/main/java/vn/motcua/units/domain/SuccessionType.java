package vn.motcua.units.domain;

/** How a unit's responsibilities passed to another unit on a date. */
public enum SuccessionType {
    /** The predecessor ceased; its work went to the successor (several units may merge into one). */
    MERGED_INTO,
    /** The successor was split out of the predecessor (the predecessor may continue or cease). */
    SPLIT_FROM,
    /** Same responsibilities under a new identity (used when a rename also changes the unit's identity). */
    RENAMED
}
