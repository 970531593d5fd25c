/**
 * Stable indicator ids for the positions of a points table: "2.3" = block 2, position 3 of the
 * scheme, 1-based, whichever sheet or column the position came from — so the same position of
 * every municipality is one indicator. A position the scheme does not know gets the next number
 * after the block's known positions, in the order first seen («Мониторинг» has 4 → "2.5").
 *
 * Example:
 *   const ids = new PositionIds(DEFAULT_SCHEME);
 *   ids.idFor(1, 2, '…')                 → '2.3'
 *   ids.idFor(1, null, 'Мониторинг ИОМ') → '2.5'
 *   ids.idFor(1, null, 'мониторинг  ИОМ') → '2.5' (same name, same id)
 */

import { normaliseName } from './matchNames';
import type { PointsScheme } from './scheme';

export class PositionIds {
  private readonly unknown = new Map<string, string>();
  private readonly nextUnknown = new Map<number, number>();

  constructor(private readonly scheme: PointsScheme) {}

  idFor(blockIndex: number, schemeIndex: number | null, label: string): string {
    if (schemeIndex !== null) return `${blockIndex + 1}.${schemeIndex + 1}`;
    const key = `${blockIndex}|${normaliseName(label)}`;
    const known = this.unknown.get(key);
    if (known) return known;
    const n = this.nextUnknown.get(blockIndex) ?? this.scheme.blocks[blockIndex].positions.length + 1;
    this.nextUnknown.set(blockIndex, n + 1);
    const id = `${blockIndex + 1}.${n}`;
    this.unknown.set(key, id);
    return id;
  }
}
