/**
 * Findings about the data itself: unreadable cells, arithmetic errors in a district's form,
 * declared totals that disagree. Each names the cell so the user can go there; the message
 * is Russian because the user reads it.
 *
 * Example:
 *   const p = new ProblemList();
 *   p.error('Лист1!D7', 'Лист1', 'unreadable', 'Не удалось прочитать значение «возможно»: ячейка не учтена.');
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** Full address 'Лист1!D7' or "'Лист 1'!D7"; null when the finding concerns a whole sheet or file. */
  cell: string | null;
  sheet: string | null;
  severity: Severity;
  /** Stable machine-readable code (tests and the pane filter on it). */
  code: ProblemCode;
  /** One Russian sentence for the user. */
  message: string;
}

export type ProblemCode =
  | 'text-ignored' // a number followed by text: the number was taken
  | 'unreadable' // text in a data column
  | 'missing' // empty / н/д / x
  | 'percent-ambiguous' // bare numbers in a percent column
  | 'percent-out-of-range'
  | 'base-zero'
  | 'numerator-exceeds-base'
  | 'negative-count'
  | 'declared-share-mismatch'
  | 'declared-total-mismatch'
  | 'inconsistent-parameters'
  | 'penalty-only' // a points position marked only by its penalty: one ineffective indicator, −1
  | 'ineffective-monitoring'
  | 'unknown-position'
  | 'scheme-sheet'
  | 'no-table'
  | 'layout'
  | 'pairing'
  | 'duplicate-entity'
  | 'recommendations-sheet' // a row of the «Рекомендации» sheet that cannot be used
  | 'periods' // comparing two periods: entities or indicators present in one period only
  | 'clusters' // how the clusters were formed: k, standardisation, rows left out
  | 'roster' // a teacher roster: young teachers not counted, the reference date of ages
  | 'other';

export class ProblemList {
  readonly items: Problem[] = [];

  add(p: Problem): void {
    this.items.push(p);
  }

  error(cell: string | null, sheet: string | null, code: ProblemCode, message: string): void {
    this.items.push({ cell, sheet, severity: 'error', code, message });
  }

  warning(cell: string | null, sheet: string | null, code: ProblemCode, message: string): void {
    this.items.push({ cell, sheet, severity: 'warning', code, message });
  }

  info(cell: string | null, sheet: string | null, code: ProblemCode, message: string): void {
    this.items.push({ cell, sheet, severity: 'info', code, message });
  }
}
