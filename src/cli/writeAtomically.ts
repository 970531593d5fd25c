/**
 * Writes a file through a temporary file in the same folder and renames it into place only when
 * the whole write succeeded, so a failure never leaves a half-written workbook (and never
 * replaces a good one). The temporary file is removed on failure.
 *
 * Example:
 *   await writeAtomically('итог.xlsx', (tmp) => writeResultWorkbook(loaded, plan, tmp));
 */

import { promises as fs } from 'fs';
import * as path from 'path';

export async function writeAtomically(target: string, write: (tmpPath: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.~${path.basename(target, path.extname(target))}.${process.pid}.${Date.now()}.partial.xlsx`);
  try {
    await write(tmp);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
