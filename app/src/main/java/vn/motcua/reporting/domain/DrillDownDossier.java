package vn.motcua.reporting.domain;

import java.time.OffsetDateTime;

/**
 * One dossier behind a number of the timeliness report: what identifies it and what decided where it counts
 * (received when and how, due when, ended when and how).
 */
public record DrillDownDossier(String code, String procedureCode, String competentUnitCode, String channel,
                               OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime endedAt,
                               String timeliness) { }
