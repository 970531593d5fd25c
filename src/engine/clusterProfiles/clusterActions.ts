/**
 * What the methodological service does for each cluster (METHODOLOGY §6, seed 002), as data so
 * that a sheet, the note, the JSON and the pane print the same list. Seed 002 names the two
 * poles; the middle is our reading of it:
 *   - the weakest cluster (low subject, methodical and digital competences): an individual
 *     educational route (ИОМ) drawn up and followed, a mentor, in-service courses (ДПО) on the
 *     deficits, internships;
 *   - the strongest (high competences): the methodical asset, sharing experience, expert work
 *     and writing recommendations, mentoring others, the categories «учитель-наставник» /
 *     «учитель-методист»;
 *   - clusters in between: courses aimed at their weakest area, peer groups and working with a
 *     strong teacher.
 * For entities (municipalities, schools) the same three steps, addressed to a service.
 * `{area}` is replaced by the cluster's weakest feature.
 *
 * Example:
 *   clusterActions('teachers', 'middle', 'Цифровые')[0]
 *   // → 'Курсы повышения квалификации по области «Цифровые» — самой слабой в профиле кластера.'
 */

import type { ClusterAudience, ClusterPosition } from './types';

export const CLUSTER_ACTIONS: Record<ClusterAudience, Record<'weakest' | 'middle' | 'strongest', string[]>> = {
  teachers: {
    weakest: [
      'Разработать индивидуальный образовательный маршрут (ИОМ) по итогам диагностики и контролировать его выполнение.',
      'Закрепить наставника из методического актива.',
      'Подобрать программы ДПО для устранения выявленных дефицитов (в первую очередь — «{area}»).',
      'Организовать стажировку на базе образовательной организации с высокими результатами.',
    ],
    middle: [
      'Курсы повышения квалификации по области «{area}» — самой слабой в профиле кластера.',
      'Включить в профессиональные сообщества и группы взаимного посещения уроков (работа в парах и малых группах).',
      'Рекомендовать совершенствование компетенций во взаимодействии с сильным учителем.',
    ],
    strongest: [
      'Включить в методический актив; предоставить возможность транслировать опыт.',
      'Привлечь к экспертной деятельности и к разработке методических рекомендаций.',
      'Назначить наставниками педагогов, нуждающихся в поддержке, и молодых специалистов.',
      'Рекомендовать к присвоению квалификационных категорий «учитель-наставник», «учитель-методист».',
    ],
  },
  entities: {
    weakest: [
      'Адресная методическая помощь: выездные консультации, разбор дефицитов с руководителями методических служб.',
      'Закрепить за муниципалитетом (организацией) с высокими результатами — сетевое партнёрство и наставничество.',
      'План устранения дефицитов с мониторингом выполнения (в первую очередь — «{area}»).',
    ],
    middle: [
      'Адресные меры по направлению «{area}» — самому слабому в профиле кластера.',
      'Участие в сетевых методических объединениях и обмене практиками с сильными муниципалитетами.',
    ],
    strongest: [
      'Обобщить и распространить опыт: стажировочные площадки, семинары, публикации успешных практик.',
      'Привлечь специалистов к экспертной работе и наставничеству для других муниципалитетов.',
    ],
  },
};

export function clusterActions(audience: ClusterAudience, position: ClusterPosition, weakestFeature: string | null): string[] {
  const key = position === 'single' ? 'middle' : position;
  const area = weakestFeature ?? 'самая слабая область';
  return CLUSTER_ACTIONS[audience][key].map((a) => a.replace('{area}', area));
}
