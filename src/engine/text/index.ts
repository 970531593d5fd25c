/**
 * Russian text helpers of the engine: plural forms, the entity noun, percentages with a
 * decimal comma, lists with «и». One import for the note, the pane and the command line.
 *
 * Example:
 *   import { countRu, formatPercentRu, joinNamesRu, entityNoun } from '../engine/text';
 */
export * from './plural';
export * from './entityNoun';
export * from './percent';
export * from './list';
