/**
 * Reporting (issue 13, being built; so far the day facts and their rebuild, and the timeliness report 06a with its
 * drill-down, units as they were or as they are now through {@code reporting.domain.UnitRollup}): the facts kept per
 * day, unit, procedure and channel as dossiers change, the periodic report 06a, targets with actuals, public monthly
 * lists. Laid out like every area: {@code reporting.domain} (fact and report definitions, the early/on-time/late
 * convention, the rollup of units into today's), {@code reporting.application} (report services),
 * {@code reporting.infrastructure} (fact tables and their SQL), {@code reporting.interfaces.rest}.
 * Reports read facts, never raw dossiers per request; see docs/architecture.md.
 */
package vn.motcua.reporting;
