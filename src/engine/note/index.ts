/**
 * The analytical note: its structure, the builder from an analysis, and the «Справка» sheet.
 *
 * Example:
 *   buildNoteSheet(buildNote(analysis), 'Справка')
 */
export * from './document';
export * from './buildNote';
export * from './noteSheet';
