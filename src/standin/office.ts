/**
 * The part of the global `Office` object the add-in touches: `Office.onReady`, the host
 * info, and `Office.context.requirements.isSetSupported` (the stand-in claims ExcelApi up to
 * the version it was created with).
 *
 * Example:
 *   const office = createOfficeStub('1.13');
 *   await office.onReady(); // → { host: 'Excel', platform: 'OfficeOnline' }
 *   office.context.requirements.isSetSupported('ExcelApi', '1.9') // → true
 */

export interface OfficeStub {
  HostType: { Excel: 'Excel' };
  PlatformType: { OfficeOnline: 'OfficeOnline' };
  onReady: (cb?: (info: { host: string; platform: string }) => void) => Promise<{ host: string; platform: string }>;
  context: {
    host: string;
    platform: string;
    displayLanguage: string;
    requirements: { isSetSupported: (name: string, version?: string) => boolean };
  };
}

function versionAtMost(version: string | undefined, max: string): boolean {
  if (!version) return true;
  const [a, b] = version.split('.').map(Number);
  const [x, y] = max.split('.').map(Number);
  return a < x || (a === x && (b || 0) <= y);
}

export function createOfficeStub(excelApi: string): OfficeStub {
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    onReady: (cb) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      displayLanguage: 'ru-RU',
      requirements: {
        isSetSupported: (name, version) => name === 'ExcelApi' && versionAtMost(version, excelApi),
      },
    },
  };
}
