package vn.motcua.reporting.domain;

import java.util.List;

/** A page of the dossiers behind a number, and how many there are in all (= the number). */
public record DrillDownPage(long total, List<DrillDownDossier> items) { }
