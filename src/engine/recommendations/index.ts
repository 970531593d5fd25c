/**
 * Recommendations as data: the built-in catalogue, the «Рекомендации» sheet that adapts it,
 * and the matching of indicators and groups to recommendations.
 *
 * Example:
 *   const c = readWorkbookRecommendations(workbook, problems);
 *   forTheme(c, themeFor(c, indicator.name))[0].text
 */
export * from './themes';
export * from './catalogue';
export * from './sheet';
export * from './match';
