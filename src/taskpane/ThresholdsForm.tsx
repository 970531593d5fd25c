/**
 * The target and critical levels, percent 0–100, as two labelled fields; errors (Russian,
 * from validateThresholds) show under the field they concern and are announced with it.
 *
 * Example:
 *   <ThresholdsForm value={{ target: '80', critical: '50' }} errors={{}} onChange={setLevels} />
 */

import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { ThresholdErrors, ThresholdText } from './thresholds';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  field: { maxWidth: '280px' },
});

export interface ThresholdsFormProps {
  value: ThresholdText;
  errors: ThresholdErrors;
  onChange: (value: ThresholdText) => void;
  disabled?: boolean;
  targetRef?: Ref<HTMLInputElement>;
  criticalRef?: Ref<HTMLInputElement>;
}

export function ThresholdsForm({ value, errors, onChange, disabled, targetRef, criticalRef }: ThresholdsFormProps) {
  const styles = useStyles();
  return (
    <div className={styles.column}>
      <Field
        className={styles.field}
        label="Целевой уровень, % (0–100)"
        hint="От этого уровня и выше — группа 1."
        validationState={errors.target ? 'error' : 'none'}
        validationMessage={errors.target}
      >
        <Input
          ref={targetRef}
          inputMode="decimal"
          value={value.target}
          disabled={disabled}
          onChange={(_, d) => onChange({ ...value, target: d.value })}
        />
      </Field>
      <Field
        className={styles.field}
        label="Критический уровень, % (0–100)"
        hint="Ниже этого уровня — дефицит."
        validationState={errors.critical ? 'error' : 'none'}
        validationMessage={errors.critical}
      >
        <Input
          ref={criticalRef}
          inputMode="decimal"
          value={value.critical}
          disabled={disabled}
          onChange={(_, d) => onChange({ ...value, critical: d.value })}
        />
      </Field>
    </div>
  );
}
