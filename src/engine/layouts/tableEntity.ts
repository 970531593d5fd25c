/**
 * An entity of a matrix or counts table (EntityResult) whose two costly parts are made when
 * something asks for them: the address of its name cell, from the view's placement on its sheet
 * (not from the view, which would keep the grid alive), and its cells record (entityCells.ts),
 * made once on first use. On a 100,000-row form, making both for every entity up front was
 * 200,000 strings and objects that most runs never read (the note, Сводная and the JSON take the
 * columns, the names and the results).
 *
 * Example:
 *   const e = new TableEntity('Школа № 5', 'Форма', 8, places, 6, 1, cellsOf, 4, {}, {}, 75, 2, 3, false, false);
 *   e.nameCell        // → 'Форма!B9' (made now)
 *   e.cells['D'].raw  // → the cell as read (the record made now, then kept)
 */

import type { EntityResult, ScoredCell } from '../analysis';
import type { ViewAddresses } from './viewAddresses';

export class TableEntity implements EntityResult {
  private cellsRecord: Record<string, ScoredCell> | null = null;

  constructor(
    public name: string,
    public sheet: string,
    public index: number,
    private readonly places: ViewAddresses,
    private readonly row: number,
    private readonly nameCol: number,
    private readonly cellsOf: (i: number) => Record<string, ScoredCell>,
    private readonly i: number,
    public criteria: Record<string, number | null>,
    public criteriaGroups: Record<string, number | null>,
    public fulfilment: number | null,
    public group: number | null,
    public rank: number | null,
    public incomplete: boolean,
    public belowMedian: boolean,
  ) {}

  get nameCell(): string {
    return this.places.address(this.row, this.nameCol);
  }

  get cells(): Record<string, ScoredCell> {
    return (this.cellsRecord ??= this.cellsOf(this.i));
  }
}
