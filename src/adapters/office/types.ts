/**
 * What the Office.js adapter offers the task pane. Each operation is one small `Excel.run`
 * function in its own module (listSheets.ts, readSheets.ts, writePlan.ts, removeHighlights.ts,
 * settings.ts, selectCell.ts); the pane imports them and never touches Excel objects itself.
 * No operation swallows an error: a failure reaches the pane as an `OfficeAdapterError` whose
 * message is one Russian sentence.
 */

import type { AnalysisOptionsInput } from '../../engine/options';

export interface SheetInfo {
  name: string;
  visible: boolean;
  active: boolean;
  /** The add-in wrote this sheet (recorded in the workbook). */
  owned: boolean;
  protected: boolean;
}

/** What writePlan did, for the pane and for tests. */
export interface WriteReport {
  /** Sheet names written, in the order of the plan (may be «Сводная (2)» when the user has a «Сводная»). */
  sheets: string[];
  /** Number of cells highlighted on source sheets. */
  highlightedRanges: number;
  /** Sheets of a previous run that were replaced. */
  replaced: string[];
}

/** Settings remembered in the workbook so that «Пересчитать» repeats the last run. */
export interface StoredSettings {
  sheets: string[];
  options: AnalysisOptionsInput;
  /** Whether «Справка» was written (absent in settings of older versions: yes). */
  note?: boolean;
  /** ISO time of the last run. */
  lastRun?: string;
}

export class OfficeAdapterError extends Error {
  /**
   * @param code Office's error code when the failure came from Excel (e.g. 'AccessDenied').
   * @param officeError The original Office error, kept for the developer console.
   */
  constructor(
    message: string,
    readonly sheet?: string,
    readonly cell?: string,
    readonly code?: string,
    readonly officeError?: unknown,
  ) {
    super(message);
    this.name = 'OfficeAdapterError';
  }
}
