/**
 * The clusters of a table after «Рассчитать» (issue 4): how many and on what, then each
 * profile from the weakest to the strongest — size, mean, weakest feature, centre per feature
 * and the recommended actions (folded, so a long list does not push the rest of the result
 * down). The whole table with every entity's cluster is on the sheet «Кластеры».
 *
 * Example:
 *   <ClustersResultView clusters={table.clusters} forms={['педагог', 'педагога', 'педагогов']} />
 */

import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { PluralForms } from '../engine/text/plural';
import { clusterCentreLine, clusterProfileLine, clustersHeadline } from './resultText';
import type { ClustersView } from './summaryTypes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ClustersResultView({ clusters: c, forms }: { clusters: ClustersView; forms: PluralForms }) {
  const styles = useStyles();
  return (
    <div className={styles.root} aria-label="Кластеры">
      <h4 className={styles.heading}>Кластеры</h4>
      <Text>{clustersHeadline(c)}</Text>
      <Accordion multiple collapsible>
        {c.profiles.map((p) => (
          <AccordionItem key={p.cluster} value={p.cluster}>
            <AccordionHeader>{clusterProfileLine(p, forms)}</AccordionHeader>
            <AccordionPanel>
              <Text className={styles.muted}>{clusterCentreLine(c, p)}.</Text>
              {p.actions.length > 0 && (
                <ul className={styles.list} aria-label={`Рекомендуемые действия: ${p.name}`}>
                  {p.actions.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
