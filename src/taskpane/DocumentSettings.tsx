/**
 * What to write besides Сводная (issue 5): the analytical note «Справка» (on by default) and
 * the previous period to compare with — one or more sheets of the same form from last year
 * («Не сравнивать» by default). The sheets chosen as data are not offered as the previous period;
 * the hint says that a table with a «Год» column needs no choice (the engine compares its years).
 *
 * Example:
 *   <DocumentSettings note onNoteChange={setNote} sheets={sheets} current={['2024']} previous={[]} onPreviousChange={setPrevious} />
 */

import { Checkbox, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { SheetInfo } from '../adapters/office/types';
import { previousCandidates, previousLabel } from './previousChoice';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  field: { maxWidth: '280px' },
});

export interface DocumentSettingsProps {
  note: boolean;
  onNoteChange: (note: boolean) => void;
  sheets: SheetInfo[];
  /** Sheets chosen as the data. */
  current: string[];
  previous: string[];
  onPreviousChange: (previous: string[]) => void;
  disabled?: boolean;
}

export function DocumentSettings({ note, onNoteChange, sheets, current, previous, onPreviousChange, disabled }: DocumentSettingsProps) {
  const styles = useStyles();
  const candidates = previousCandidates(sheets, current);
  const chosen = previous.filter((p) => candidates.includes(p));
  return (
    <div className={styles.column}>
      <Checkbox
        label="Аналитическая справка для комиссии (лист «Справка»)"
        checked={note}
        disabled={disabled}
        onChange={(_, d) => onNoteChange(d.checked === true)}
      />
      <Field
        className={styles.field}
        label="Прошлый период для сравнения"
        hint={
          candidates.length === 0
            ? 'Других листов с данными в книге нет. Если годы указаны в столбце «Год» той же таблицы, выбирать ничего не нужно: последний год сравнивается с предыдущим.'
            : 'Лист (листы) той же формы за прошлый год: появятся лист «Динамика» и изменения в «Сводной» и «Справке». Если годы указаны в столбце «Год» самой таблицы, выбирать ничего не нужно.'
        }
      >
        <Dropdown
          multiselect
          placeholder="Не сравнивать"
          value={previousLabel(chosen)}
          selectedOptions={chosen}
          disabled={disabled || candidates.length === 0}
          onOptionSelect={(_, d) => onPreviousChange(candidates.filter((c) => d.selectedOptions.includes(c)))}
        >
          {candidates.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
