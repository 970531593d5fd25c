/**
 * The «Карта дефицитов» sheet (issue 4, METHODOLOGY §6) for every teacher roster:
 *   the map — one row for the region, then each municipality followed by its schools; a
 *   column per competence area with the share of teachers below the critical level (among
 *   those with a result), and the mean over the areas; a colour scale from green (few
 *   teachers below) to red (many) — as an Excel table, so it can be filtered by municipality;
 *   the risk profile per subject — the same shares by subject, the riskiest subject first,
 *   with the same colour scale.
 * A share is a fraction with the 0.0% format; a unit without results on an area is empty.
 *
 * Example (two areas, critical 50 %):
 *   A4 'Уровень' | B4 'Муниципалитет' | C4 'Образовательная организация' | D4 'Педагогов' | E4 'Предметные' | F4 'Цифровые' | G4 'Среднее по областям'
 *   A5 'регион'  | B5 'Регион'        |                                | D5 3000         | E5 0.21 (0.0%) | F5 0.34       | G5 0.275
 *   A6 'муниципалитет' | B6 'Бокситогорский район' | | 164 | 0.18 | 0.29 | 0.235
 *   A7 'организация'   | B7 'Бокситогорский район' | C7 'МОУ "СОШ № 3"' | 22 | 0.09 | 0.41 | 0.25
 */

import { assembleSheet } from './assembleSheet';
import type { Analysis, TableAnalysis } from '../analysis';
import type { DeficitMapCell, DeficitMapLevel } from '../layouts/roster/rosterTypes';
import type { ColorScale, OutCell, OutputSheet, OutTable } from './plan';
import { Widths, header, number, percent, text, uniqueHeaders, tableName, NAME_WIDTH, NUMBER_WIDTH } from './cells';
import { GROUP_COLORS, REGION_LABEL } from './labels';
import { columnLetter } from '../address';
import { formatPercentBound } from '../options';

type Row = (OutCell | null)[];

export const LEVEL_LABELS: Record<DeficitMapLevel, string> = {
  region: 'регион',
  municipality: 'муниципалитет',
  school: 'организация',
};

/** Green for a low share below critical, red for a high one. */
function scale(range: string): ColorScale {
  return { range, low: GROUP_COLORS[1], mid: GROUP_COLORS[2], high: GROUP_COLORS[3] };
}

export function hasDeficitMap(analysis: Analysis): boolean {
  return analysis.tables.some((t) => t.roster && t.roster.deficitMap.length > 0);
}

function meanOf(xs: (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null);
  return v.length > 0 ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

export function buildDeficitMapSheet(analysis: Analysis, name: string): OutputSheet {
  const rows: Row[] = [];
  const widths = new Widths();
  const tables: OutTable[] = [];
  const colorScales: ColorScale[] = [];
  let freeze: OutputSheet['freeze'];
  widths.wantAll([16, NAME_WIDTH, NAME_WIDTH, NUMBER_WIDTH]);

  analysis.tables.forEach((t: TableAnalysis, ti) => {
    const r = t.roster;
    if (!r || r.deficitMap.length === 0) return;
    if (rows.length > 0) rows.push([], []);
    const title = t.title && t.title.trim() !== '' ? t.title.trim() : `Таблица ${ti + 1}`;
    rows.push([text(`Карта дефицитов: ${title} (лист «${t.sheets[0]}»)`, 'title')]);
    rows.push([
      text(
        `Доля педагогов с результатом ниже критического уровня (${formatPercentBound(r.critical)} %) среди педагогов, прошедших диагностику по области. Зелёный — дефицитов мало, красный — много.`,
        'note',
      ),
    ]);
    rows.push([]);

    // Areas in the order of the table's indicators.
    const areas: { id: string; name: string }[] = [];
    for (const c of r.deficitMap) if (!areas.some((a) => a.id === c.areaId)) areas.push({ id: c.areaId, name: c.area });
    const headers = uniqueHeaders(['Уровень', 'Муниципалитет', 'Образовательная организация', 'Педагогов', ...areas.map((a) => a.name), 'Среднее по областям']);
    const headerRow = rows.length;
    rows.push(headers.map(header));
    widths.wantAll(areas.map(() => NUMBER_WIDTH + 2), 4);
    widths.want(4 + areas.length, NUMBER_WIDTH + 2);

    // One row per unit: the cells of a unit are consecutive, one per area.
    const units: DeficitMapCell[][] = [];
    for (const c of r.deficitMap) {
      const last = units[units.length - 1];
      if (last && last[0].unit === c.unit && last[0].level === c.level) last.push(c);
      else units.push([c]);
    }
    for (const cells of units) {
      const u = cells[0];
      const style = u.level === 'school' ? undefined : 'total';
      const shares = areas.map((a) => cells.find((c) => c.areaId === a.id)?.share ?? null);
      rows.push([
        text(LEVEL_LABELS[u.level], style),
        text(u.level === 'region' ? REGION_LABEL : u.municipality, style),
        text(u.school, style),
        number(u.teachers, undefined, style),
        ...shares.map((s) => percent(s, style)),
        percent(meanOf(shares), style),
      ]);
    }
    const lastRow = rows.length - 1;
    tables.push({ name: tableName(name, ti + 1), headerRow, lastRow, columns: headers.length, style: 'TableStyleLight1' });
    if (!freeze) freeze = { rows: headerRow + 1, columns: 3 };
    colorScales.push(scale(`E${headerRow + 2}:${columnLetter(4 + areas.length)}${lastRow + 1}`));

    // --- risk profile per subject ---------------------------------------------------------
    if (r.subjectRisk.length > 0) {
      rows.push([]);
      rows.push([text('Профиль риска по предметам: доля педагогов ниже критического уровня', 'subtitle')]);
      const subjectHeaders = uniqueHeaders(['Предмет', 'Педагогов', ...areas.map((a) => a.name), 'Среднее по областям']);
      const sHeader = rows.length;
      rows.push(subjectHeaders.map(header));
      for (const s of r.subjectRisk) {
        rows.push([
          text(s.subject),
          number(s.teachers),
          ...areas.map((a) => percent(s.areas.find((x) => x.areaId === a.id)?.share ?? null)),
          percent(s.mean),
        ]);
      }
      const sLast = rows.length - 1;
      tables.push({ name: tableName(name, `${ti + 1}_предметы`), headerRow: sHeader, lastRow: sLast, columns: subjectHeaders.length, style: 'TableStyleLight1' });
      colorScales.push(scale(`C${sHeader + 2}:${columnLetter(2 + areas.length)}${sLast + 1}`));
    }
  });

  return assembleSheet({ name, kind: 'deficit-map', rows, widths, freeze, tables, colorScales });
}
