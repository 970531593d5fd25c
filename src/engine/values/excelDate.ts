/**
 * Dates as Excel keeps them: a number (days since 30.12.1899 in the 1900 date system) shown
 * through a date format. The engine never reads a date as data — a date in a «да/нет» column
 * is an error — but a message must quote the cell as the user sees it, «01.09.2024», not as
 * the serial number 45536 that no one can find on the sheet.
 *
 * Example:
 *   isDateFormat('dd.mm.yyyy')         // → true
 *   isDateFormat('0.0 "дней"')         // → false
 *   excelDateText(45536, 'dd.mm.yyyy') // → '01.09.2024'
 *   excelDateText(45536.5, 'dd.mm.yyyy hh:mm') // → '01.09.2024 12:00'
 */

/** A number format that shows a date or a time: d, m, y, h or s outside quotes, escapes and brackets. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || /^general$/i.test(format)) return false;
  // The first section is the one positive numbers use.
  let plain = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else if (ch === ';') break;
    else if (ch === '[') {
      const end = format.indexOf(']', i);
      const inside = end < 0 ? '' : format.slice(i + 1, end);
      if (/^(h+|m+|s+)$/i.test(inside)) plain += inside; // elapsed time [h]:mm
      i = end < 0 ? format.length : end;
    } else plain += ch;
  }
  return /[dmyhs]/i.test(plain) && !/^[#0.,\s%]*E[+-]/i.test(plain);
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** «дд.мм.гггг» (and «чч:мм» when the format shows a time and the serial has one). */
export function excelDateText(serial: number, format: string | null | undefined): string {
  if (!Number.isFinite(serial) || serial < 0) return String(serial);
  const d = new Date(EPOCH + Math.round(serial * DAY_MS));
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  const showsTime = !!format && /h/i.test(format.replace(/"[^"]*"/g, ''));
  if (!showsTime) return date;
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return serial < 1 ? time : `${date} ${time}`;
}
