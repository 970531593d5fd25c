/**
 * Progress of the running action: a progress bar and its stage in words. The text sits in a
 * polite live region that stays mounted, so screen readers hear each stage («Чтение листов…»,
 * «Запись результатов в книгу…») and, when idle, the final announcement (visually hidden:
 * the pane shows the result itself).
 *
 * Example:
 *   <ProgressView progress={{ stage: 'reading', value: 0.05, text: 'Чтение листов…' }} announcement="" />
 */

import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { visuallyHidden } from './visuallyHidden';
import type { Progress } from './progress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { color: tokens.colorNeutralForeground2 },
});

export interface ProgressViewProps {
  /** The running action's progress, or null when idle. */
  progress: Progress | null;
  /** A sentence to announce when idle (e.g. «Расчёт завершён…»); may be empty. */
  announcement: string;
}

export function ProgressView({ progress, announcement }: ProgressViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {progress && <ProgressBar value={progress.value} max={1} thickness="large" aria-label="Ход выполнения" aria-valuetext={progress.text} />}
      <div role="status" aria-live="polite" aria-atomic="true" style={progress ? undefined : visuallyHidden}>
        <Text className={styles.text}>{progress ? progress.text : announcement}</Text>
      </div>
    </div>
  );
}
