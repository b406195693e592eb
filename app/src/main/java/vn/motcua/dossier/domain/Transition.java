package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;

/** What an action did, for the event log: the caller adds who did it and the field changes. */
public record Transition(Action action, DossierStatus from, DossierStatus to, OffsetDateTime at, String reason) { }
