/**
 * The source sheets: one checkbox per sheet the user can analyse (the add-in's own result
 * sheets are left out), inside a fieldset whose legend names the choice. Several sheets may be
 * chosen — e.g. one form per district.
 *
 * Example:
 *   <SheetPicker sheets={sheets} selected={['Лист1']} onChange={setSelected} disabled={busy} />
 */

import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SheetInfo } from '../adapters/office/types';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SheetPickerProps {
  sheets: SheetInfo[];
  selected: string[];
  onChange: (selected: string[]) => void;
  disabled?: boolean;
}

export function SheetPicker({ sheets, selected, onChange, disabled }: SheetPickerProps) {
  const styles = useStyles();
  const choosable = sheets.filter((s) => !s.owned);
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...selected, name] : selected.filter((n) => n !== name);
    // Keep workbook order, whatever the order of clicks.
    onChange(choosable.map((s) => s.name).filter((n) => next.includes(n)));
  };
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend className={styles.legend}>Листы с данными</legend>
      {choosable.length === 0 && <Text className={styles.hint}>В книге нет листов с данными.</Text>}
      {choosable.map((s) => (
        <Checkbox
          key={s.name}
          checked={selected.includes(s.name)}
          onChange={(_, d) => toggle(s.name, d.checked === true)}
          label={sheetLabel(s)}
        />
      ))}
    </fieldset>
  );
}

function sheetLabel(s: SheetInfo): string {
  const notes = [s.active ? 'активный' : null, s.visible ? null : 'скрытый', s.protected ? 'защищён' : null].filter(Boolean);
  return notes.length > 0 ? `${s.name} (${notes.join(', ')})` : s.name;
}
