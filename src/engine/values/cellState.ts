/**
 * The state of a data cell after reading: data, missing (empty or a missing-data marker —
 * left out of numerators and denominators), or unreadable (text or a wrong value — counted as
 * missing, never as 0, and reported as an error).
 *
 * Example:
 *   '86%' → S_OK; '' or 'н/д' → S_MISSING; 'возможно' → S_UNREADABLE
 */
export const S_OK = 0;
export const S_MISSING = 1;
export const S_UNREADABLE = 2;
