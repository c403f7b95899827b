/**
 * The generic parts of every CSV file the project reads or writes, so that each file format
 * ({@code organisation.DepartmentCsv}, {@code scan.ResponseCsv}, the exports) holds only its columns and rules:
 * reading RFC 4180 ({@link nl.onderstroom.base.csv.CsvReader}), strict UTF-8, problems with their line, capped and
 * summarised, under the format's own translation keys ({@link nl.onderstroom.base.csv.CsvProblems}), and writing with
 * spreadsheet formulas defused ({@link nl.onderstroom.base.csv.CsvWriter}). Pure Java: no Spring, JPA or Vaadin;
 * nothing here produces text a person reads: callers turn problem keys into sentences.
 */
package nl.onderstroom.base.csv;
