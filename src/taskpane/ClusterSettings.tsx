/**
 * Clustering settings (issue 4): the number of clusters («Автоматически» — chosen by the
 * silhouette — or 2…6) and, once «Распознать» has shown what a table offers, the features to
 * cluster on (competence areas of a roster, criteria or indicators of a matrix) as checkboxes.
 *
 * Example:
 *   <ClusterSettings k="auto" onKChange={setK} features={['Предметные', 'Цифровые']} chosen={null} onChosenChange={setChosen} />
 */

import { Checkbox, Dropdown, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { isChosen, K_CHOICES, toggleFeature } from './clusterChoice';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  field: { maxWidth: '280px' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ClusterSettingsProps {
  k: number | 'auto';
  onKChange: (k: number | 'auto') => void;
  /** Feature names from the recognised tables; empty before «Распознать». */
  features: string[];
  /** null: every feature. */
  chosen: string[] | null;
  onChosenChange: (chosen: string[] | null) => void;
  disabled?: boolean;
}

const AUTO_LABEL = 'Автоматически (по силуэту)';

export function ClusterSettings({ k, onKChange, features, chosen, onChosenChange, disabled }: ClusterSettingsProps) {
  const styles = useStyles();
  const kLabel = k === 'auto' ? AUTO_LABEL : String(k);
  const ticked = features.filter((f) => isChosen(chosen, f));
  return (
    <div className={styles.column}>
      <Field className={styles.field} label="Число кластеров" hint="Кластеры строятся для списка педагогов и для таблиц, где 6 и больше объектов.">
        <Dropdown
          value={kLabel}
          selectedOptions={[String(k)]}
          disabled={disabled}
          onOptionSelect={(_, d) => onKChange(d.optionValue === 'auto' || !d.optionValue ? 'auto' : Number(d.optionValue))}
        >
          <Option value="auto">{AUTO_LABEL}</Option>
          {K_CHOICES.map((n) => (
            <Option key={n} value={String(n)}>
              {String(n)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {features.length === 0 ? (
        <Text className={styles.muted}>Признаки для кластеров появятся после «Распознать»; по умолчанию используются все.</Text>
      ) : (
        <fieldset className={styles.fieldset} disabled={disabled}>
          <legend className={styles.legend}>Признаки для кластеров</legend>
          {features.map((f) => (
            <Checkbox
              key={f}
              label={f}
              checked={isChosen(chosen, f)}
              // The last ticked feature stays: clusters need at least one.
              disabled={disabled || (ticked.length === 1 && ticked[0] === f)}
              onChange={(_, d) => onChosenChange(toggleFeature(features, chosen, f, d.checked === true))}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}
