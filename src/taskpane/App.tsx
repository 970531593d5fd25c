/**
 * The task pane: choose sheets → «Распознать» (check the table, correct a count/base pair) →
 * thresholds, clusters (k or automatic, features), «Справка» and the previous period →
 * «Рассчитать» (or «Пересчитать» with the settings remembered in the workbook) → short result
 * with the cluster profiles and the change since the previous period; «Убрать выделение». Every Office action goes through the adapter (`office` prop), the engine runs in
 * the worker (`engine` prop); every failure is shown as a Russian MessageBar.
 *
 * Example:
 *   <App office={officeAdapter} engine={new EngineClient(new Worker('engine.worker.js'))} />
 */

import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SheetInfo, StoredSettings, WriteReport } from '../adapters/office/types';
import { DEFAULT_CRITICAL, DEFAULT_TARGET } from '../engine/options';
import { defaultSelection } from './defaultSelection';
import { errorText, isInternalError } from './errorText';
import { Notice, type NoticeProps } from './Notice';
import type { OfficeApi } from './officeApi';
import { calculate, recognize, type PaneDeps, type RunChoices } from './paneActions';
import { ClusterSettings } from './ClusterSettings';
import { DocumentSettings } from './DocumentSettings';
import { featureNames } from './clusterChoice';
import type { PairOverride } from '../engine/options';
import type { PairRecognition } from './summaryTypes';
import { countText } from './format';
import type { Progress } from './progress';
import { ProgressView } from './ProgressView';
import { RecognitionView } from './RecognitionView';
import { ResultView } from './ResultView';
import { SheetPicker } from './SheetPicker';
import { storedSettingsText } from './storedText';
import type { RecognitionSummary, ResultSummary } from './summaryTypes';
import { ThresholdsForm } from './ThresholdsForm';
import { validateThresholds, type ThresholdErrors, type ThresholdText } from './thresholds';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', boxSizing: 'border-box' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    flexGrow: 1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  /** Idle: only the (visually hidden) live region, no bar over the content. */
  footerIdle: { position: 'relative' },
});

type Busy = null | 'loading' | 'recognize' | 'calculate' | 'remove' | 'select';

interface Message extends Omit<NoticeProps, 'onDismiss'> {
  key: number;
}

export interface AppProps {
  office: OfficeApi;
  engine: PaneDeps['engine'];
}

export function App({ office, engine }: AppProps) {
  const styles = useStyles();
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [stored, setStored] = useState<StoredSettings | null>(null);
  const [levels, setLevels] = useState<ThresholdText>({ target: String(DEFAULT_TARGET), critical: String(DEFAULT_CRITICAL) });
  const [levelErrors, setLevelErrors] = useState<ThresholdErrors>({});
  const [busy, setBusy] = useState<Busy>('loading');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [recognition, setRecognition] = useState<RecognitionSummary | null>(null);
  const [result, setResult] = useState<{ summary: ResultSummary; report: WriteReport } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [clusterK, setClusterK] = useState<number | 'auto'>('auto');
  const [chosenFeatures, setChosenFeatures] = useState<string[] | null>(null);
  const [note, setNote] = useState(true);
  const [previous, setPrevious] = useState<string[]>([]);
  const [pairs, setPairs] = useState<PairOverride[]>([]);
  const messageKey = useRef(0);
  const targetRef = useRef<HTMLInputElement>(null);
  const criticalRef = useRef<HTMLInputElement>(null);

  const show = useCallback((m: Omit<Message, 'key'>) => setMessage({ ...m, key: ++messageKey.current }), []);
  const fail = useCallback(
    (e: unknown, action: string) => {
      if (isInternalError(e)) console.error(e, (e as { engineStack?: string }).engineStack ?? '');
      show({ intent: 'error', title: 'Ошибка', text: errorText(e, action) });
    },
    [show],
  );

  const deps: PaneDeps = { ...office, engine };

  useEffect(() => {
    let live = true;
    Promise.all([office.listSheets(), office.loadSettings()])
      .then(([list, settings]) => {
        if (!live) return;
        setSheets(list);
        setStored(settings);
        setSelected(defaultSelection(list, settings));
        if (settings) {
          setLevels(levelsText(settings));
          applyStored(settings);
        }
      })
      .catch((e) => live && fail(e, 'получить список листов'))
      .finally(() => live && setBusy(null));
    return () => {
      live = false;
    };
  }, [office, fail]);

  /** The choices of a stored run (clusters, documents, pairs) back into the controls. */
  function applyStored(s: StoredSettings): void {
    setClusterK(s.options.clusters?.k ?? 'auto');
    setChosenFeatures(s.options.clusters?.features && s.options.clusters.features.length > 0 ? [...s.options.clusters.features] : null);
    setNote(s.note !== false);
    setPrevious(s.options.previousSheets ?? []);
    setPairs(s.options.pairs ?? []);
  }

  /** What the controls say now, with the given levels. */
  const choicesWith = (target: number, critical: number, overrides: PairOverride[] = pairs): RunChoices => ({
    target,
    critical,
    note,
    previousSheets: previous.filter((p) => !selected.includes(p)),
    // A correction for a sheet no longer chosen is kept for later but not sent (it would only raise a warning).
    pairs: overrides.filter((p) => selected.includes(p.sheet)),
    ...(clusterK !== 'auto' || chosenFeatures ? { clusters: { k: clusterK, ...(chosenFeatures ? { features: chosenFeatures } : {}) } } : {}),
  });

  /** A stored run as choices, exactly as it was saved. */
  const storedChoices = (s: StoredSettings, target: number, critical: number): RunChoices => ({
    target,
    critical,
    note: s.note !== false,
    previousSheets: s.options.previousSheets ?? [],
    pairs: s.options.pairs ?? [],
    ...(s.options.clusters ? { clusters: s.options.clusters } : {}),
  });

  const needSheets = (): boolean => {
    if (selected.length > 0) return true;
    show({ intent: 'warning', text: 'Выберите хотя бы один лист с данными.' });
    return false;
  };

  const onRecognize = async (overrides: PairOverride[] = pairs) => {
    setMessage(null);
    if (!needSheets()) return;
    const checked = validateThresholds(levels);
    const use = checked.ok ? { target: checked.target, critical: checked.critical } : { target: DEFAULT_TARGET, critical: DEFAULT_CRITICAL };
    setBusy('recognize');
    setMessage(null);
    setAnnouncement('');
    try {
      const r = await recognize(deps, selected, choicesWith(use.target, use.critical, overrides), setProgress);
      setRecognition(r);
      setAnnouncement(recognitionAnnouncement(r));
    } catch (e) {
      setRecognition(null);
      fail(e, 'распознать таблицу');
    } finally {
      setProgress(null);
      setBusy(null);
    }
  };

  const runCalculation = async (names: string[], choices: RunChoices) => {
    setBusy('calculate');
    setMessage(null);
    setAnnouncement('');
    try {
      const outcome = await calculate(deps, names, choices, setProgress);
      setRecognition(outcome.recognition);
      setResult({ summary: outcome.result, report: outcome.report });
      setSheets(outcome.sheets);
      setStored(outcome.stored);
      setAnnouncement(`Расчёт завершён. Результаты записаны: ${outcome.report.sheets.map((s) => `«${s}»`).join(', ')}.`);
    } catch (e) {
      fail(e, 'рассчитать');
    } finally {
      setProgress(null);
      setBusy(null);
    }
  };

  const onCalculate = async () => {
    setMessage(null);
    if (!needSheets()) return;
    const checked = validateThresholds(levels);
    if (!checked.ok) {
      setLevelErrors(checked.errors);
      (checked.errors.target ? targetRef : criticalRef).current?.focus();
      return;
    }
    setLevelErrors({});
    await runCalculation(selected, choicesWith(checked.target, checked.critical));
  };

  /** A corrected base of a pair: remembered, and the table recognised again to show its effect. */
  const onPairBaseChange = async (pair: PairRecognition, base: string) => {
    if (!pair.numeratorColumn) return;
    const next: PairOverride[] = [
      ...pairs.filter((p) => !(p.sheet === pair.sheet && p.numerator === pair.numeratorColumn)),
      { sheet: pair.sheet, numerator: pair.numeratorColumn, base, ...(pair.declaredColumn ? { declared: pair.declaredColumn } : {}) },
    ];
    setPairs(next);
    await onRecognize(next);
  };

  const onRecalculate = async () => {
    if (!stored) return;
    const text = levelsText(stored);
    const checked = validateThresholds(text);
    if (!checked.ok) {
      show({ intent: 'error', title: 'Ошибка', text: 'Сохранённые в книге пороговые уровни повреждены: задайте их заново и нажмите «Рассчитать».' });
      return;
    }
    setLevels(text);
    setLevelErrors({});
    setSelected(stored.sheets);
    applyStored(stored);
    await runCalculation(stored.sheets, storedChoices(stored, checked.target, checked.critical));
  };

  const onRemoveHighlights = async () => {
    setBusy('remove');
    setMessage(null);
    try {
      const removed = await office.removeHighlights();
      show({
        intent: 'success',
        text:
          removed === 0
            ? 'Выделения, сделанного надстройкой, в книге нет.'
            : `Выделение снято: удалено ${countText(removed, ['правило', 'правила', 'правил'])} условного форматирования. Данные не изменены.`,
      });
    } catch (e) {
      fail(e, 'убрать выделение');
    } finally {
      setBusy(null);
    }
  };

  const onSelectCell = async (address: string) => {
    try {
      await office.selectCell(address);
    } catch (e) {
      fail(e, 'перейти к ячейке');
    }
  };

  const onLevelsChange = (next: ThresholdText) => {
    setLevels(next);
    // Errors appear on «Рассчитать», not on blur: a message appearing on blur shifts the layout
    // under the pointer and swallows the click on the button. Once shown, re-check as the user
    // types, so an error disappears when fixed.
    if (levelErrors.target || levelErrors.critical) {
      const checked = validateThresholds(next);
      setLevelErrors(checked.ok ? {} : checked.errors);
    }
  };

  const working = busy !== null;

  return (
    <div className={styles.root}>
      <main className={styles.main} aria-busy={working}>
        <h1 className={styles.title}>Методический монитор</h1>

        <section className={styles.section} aria-labelledby="pane-source">
          <h2 id="pane-source" className={styles.heading}>
            1. Исходные данные
          </h2>
          {busy === 'loading' ? (
            <Spinner size="tiny" label="Получение списка листов…" />
          ) : (
            <SheetPicker sheets={sheets} selected={selected} onChange={setSelected} disabled={working} />
          )}
          <div className={styles.buttons}>
            <Button appearance="secondary" onClick={() => onRecognize()} disabled={working}>
              Распознать
            </Button>
          </div>
        </section>

        {recognition && (
          <section className={styles.section} aria-labelledby="pane-recognition">
            <h2 id="pane-recognition" className={styles.heading}>
              Распознанная таблица
            </h2>
            <RecognitionView recognition={recognition} onSelectCell={onSelectCell} onPairBaseChange={onPairBaseChange} disabled={working} />
          </section>
        )}

        <section className={styles.section} aria-labelledby="pane-levels">
          <h2 id="pane-levels" className={styles.heading}>
            2. Пороговые уровни
          </h2>
          <ThresholdsForm
            value={levels}
            errors={levelErrors}
            onChange={onLevelsChange}
            disabled={working}
            targetRef={targetRef}
            criticalRef={criticalRef}
          />
        </section>

        <section className={styles.section} aria-labelledby="pane-clusters">
          <h2 id="pane-clusters" className={styles.heading}>
            3. Кластеры
          </h2>
          <ClusterSettings
            k={clusterK}
            onKChange={setClusterK}
            features={recognition ? featureNames(recognition.tables) : []}
            chosen={chosenFeatures}
            onChosenChange={setChosenFeatures}
            disabled={working}
          />
        </section>

        <section className={styles.section} aria-labelledby="pane-documents">
          <h2 id="pane-documents" className={styles.heading}>
            4. Справка и сравнение
          </h2>
          <DocumentSettings
            note={note}
            onNoteChange={setNote}
            sheets={sheets}
            current={selected}
            previous={previous}
            onPreviousChange={setPrevious}
            disabled={working}
          />
        </section>

        <section className={styles.section} aria-labelledby="pane-run">
          <h2 id="pane-run" className={styles.heading}>
            5. Расчёт
          </h2>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={onCalculate} disabled={working}>
              Рассчитать
            </Button>
            <Button appearance="secondary" onClick={onRecalculate} disabled={working || !stored}>
              Пересчитать
            </Button>
          </div>
          <Text className={styles.muted}>
            {stored ? storedSettingsText(stored) : '«Пересчитать» повторит последний расчёт с теми же листами и уровнями, когда он будет выполнен.'}
          </Text>
        </section>

        {result && (
          <section className={styles.section} aria-labelledby="pane-result">
            <h2 id="pane-result" className={styles.heading}>
              Результат
            </h2>
            <ResultView result={result.summary} written={result.report.sheets} onSelectCell={onSelectCell} disabled={working} />
          </section>
        )}

        <section className={styles.section} aria-labelledby="pane-highlights">
          <h2 id="pane-highlights" className={styles.heading}>
            Выделение на листах
          </h2>
          <Text className={styles.muted}>Дефициты выделены красным, зона внимания — жёлтым. Данные при этом не меняются.</Text>
          <div className={styles.buttons}>
            <Button appearance="secondary" onClick={onRemoveHighlights} disabled={working}>
              Убрать выделение
            </Button>
          </div>
        </section>
      </main>

      <footer className={progress || message ? styles.footer : styles.footerIdle}>
        <ProgressView progress={progress} announcement={announcement} />
        {message && <Notice key={message.key} intent={message.intent} title={message.title} text={message.text} onDismiss={() => setMessage(null)} />}
      </footer>
    </div>
  );
}

function levelsText(s: StoredSettings): ThresholdText {
  return {
    target: String(s.options.target ?? DEFAULT_TARGET).replace('.', ','),
    critical: String(s.options.critical ?? DEFAULT_CRITICAL).replace('.', ','),
  };
}

function recognitionAnnouncement(r: RecognitionSummary): string {
  return `Распознавание завершено: ${countText(r.tables.length, ['таблица', 'таблицы', 'таблиц'])}, ${countText(r.problemCount, ['проблема', 'проблемы', 'проблем'])} в данных.`;
}
