/**
 * Comparing two periods: the entry comparePeriods, its result types and the keys it matches by.
 *
 * Example:
 *   import { comparePeriods } from '../engine/periods';
 */
export * from './types';
export * from './matchKeys';
export * from './periodLabel';
export * from './comparePeriods';
export * from './periodNotices';
