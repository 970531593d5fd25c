/**
 * Errors of the stand-in, shaped like Office's `OfficeExtension.Error` (name 'RichApi.Error',
 * a `code` and a `debugInfo` with `errorLocation`), so the adapter's error handling is
 * exercised the same way as in Excel.
 *
 * Example:
 *   throw new StandinError('ItemNotFound', 'The requested resource doesn't exist.', 'WorksheetCollection.getItem');
 */

export class StandinError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Office's message when a property is read before `load()` + `sync()`. */
export function propertyNotLoaded(type: string, prop: string): StandinError {
  return new StandinError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}

export function accessDenied(location: string): StandinError {
  return new StandinError(
    'AccessDenied',
    "The cell or chart you're trying to change is protected and therefore read-only.",
    location,
  );
}
