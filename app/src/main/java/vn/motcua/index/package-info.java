/**
 * The national service index of Decision 766 (issue 14, not built yet): effective-dated rule sets, the scoring engine
 * in plain Java ({@code index.domain}), counts from the reporting facts ({@code index.application}), entered inputs
 * and rule-set storage ({@code index.infrastructure}) and {@code index.interfaces.rest}. See docs/architecture.md.
 */
package vn.motcua.index;
