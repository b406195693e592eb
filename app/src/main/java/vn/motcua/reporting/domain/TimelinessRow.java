package vn.motcua.reporting.domain;

/** One row of the timeliness report: its key (unit code, field code, procedure code, yyyy-MM, or ALL), name and counts. */
public record TimelinessRow(String key, String name, TimelinessCounts counts) { }
