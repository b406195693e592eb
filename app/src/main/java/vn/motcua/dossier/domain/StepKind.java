package vn.motcua.dossier.domain;

/** RECEIVE and RETURN are the one-stop desk's own steps; TRANSFER and CONSULT are added while processing. */
public enum StepKind { RECEIVE, PROCESS, TRANSFER, CONSULT, RETURN }
