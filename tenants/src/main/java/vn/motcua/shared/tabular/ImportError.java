package vn.motcua.shared.tabular;

/**
 * One problem in an imported file: the row as numbered in the file (header = 1; 0 for the file as a whole),
 * the column (empty if the whole row), and a message a person can act on.
 */
public record ImportError(int row, String column, String message) {
}
