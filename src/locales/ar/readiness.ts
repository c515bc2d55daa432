/**
 * تقييم مدى ملاءمة وضع خطة، بالعربية: لماذا حان (أو لم يحن بعد) وقت وضع خطة. تُصاغ الجمل بحيث
 * تصلح لأي اسم دون تصريف حسب الجنس، وتُذكر الأعداد بصيغة «N من الفترات» تجنبًا لتمييز العدد.
 *
 * @module
 */
import type { Catalog } from '../../issues/issue.js';
import { figureWords } from '../../issues/figures.js';
import type { ReadinessAbout, ReadinessFactsByCode, ReadinessPeriodFacts } from '../../readiness/messages.js';

const w = figureWords('ar');
/** الشخص المعني (دون اسم: الموظف). */
const who = (f: ReadinessAbout): string => f.rep ?? 'الموظف';
/** «2026-04: 80 مقابل 100؛ …». */
const figures = (periods: readonly ReadinessPeriodFacts[], f: ReadinessAbout): string =>
  periods.map((p) => `${p.key}: ${w.value(p.current, f.unit)} مقابل ${w.value(p.standard, f.unit)}`).join('؛ ');
const SEVERITY = { none: 'لا فجوة', minor: 'فجوة طفيفة', moderate: 'فجوة متوسطة', severe: 'فجوة كبيرة' } as const;
const consecutive = (n: number): string => `${w.count(n)} من الفترات المتتالية`;
const LAST_PERIODS = { zero: 'آخر # فترة', one: 'الفترة الأخيرة', two: 'آخر فترتين', few: 'آخر # فترات', many: 'آخر # فترة', other: 'آخر # فترة' } as const;
const coached = (f: ReadinessFactsByCode['coaching_documented']): string => (f.dates.length > 0 ? w.list(f.dates) : `منذ ${f.since}`);

/** أسباب تقييم مدى ملاءمة وضع خطة، بالعربية. */
export const READINESS_MESSAGES_AR: Catalog<ReadinessFactsByCode> = {
  sustained_pattern: (f) => `أداء ${who(f)} في ${f.metric} دون المعيار منذ ${consecutive(f.count)} حتى الآن (${figures(f.periods, f)}): نمط مستمر تدعمه البيانات.`,
  pattern_not_sustained: (f) =>
    `أداء ${who(f)} في ${f.metric} دون المعيار في ${w.plural(f.count, LAST_PERIODS)} فقط (${figures(f.periods, f)})؛ لا يتشكل النمط إلا بعد ${consecutive(f.needed)}، لا بفترة ضعيفة واحدة.`,
  no_current_gap: (f) =>
    `أداء ${who(f)} في ${f.metric} ليس دون المعيار في آخر فترة تتوفر لها بيانات (${figures([f.period], f)}، ${SEVERITY[f.severity]})؛ لا توجد فجوة حالية تستدعي وضع خطة.`,
  pattern_interrupted: (f) =>
    `كان أداء ${who(f)} في ${f.metric} دون المعيار طوال ${consecutive(f.count)} (${figures(f.periods, f)})، لكنه لم يكن كذلك في الفترة الأخيرة؛ واصل التوجيه وراقب ما إذا كان التحسن سيستمر.`,
  insufficient_data: (f) =>
    `لا توجد فترة تتوفر فيها قيمة ومعيار معًا بالنسبة إلى ${who(f)} في ${f.metric} (حتى ${f.asOf}${f.afterRampUp ? '، بعد فترة التأهيل' : ''})؛ الخطة تحتاج إلى بيانات.`,
  coaching_documented: (f) => `عدد محادثات التوجيه غير الرسمية الموثقة في فترة المراجعة: ${w.count(f.count)} (${coached(f)})، وهو لا يقل عن العدد المطلوب ${w.count(f.needed)}.`,
  coaching_insufficient: (f) =>
    `عدد محادثات التوجيه غير الرسمية الموثقة في فترة المراجعة ${w.count(f.count)} فقط (${coached(f)})؛ يلزم ${w.count(f.needed)} منها قبل وضع خطة رسمية.`,
  past_ramp_up: (f) => `تاريخ بدء ${who(f)} في الدور: ${f.date}؛ وانتهت فترة التأهيل في ${f.rampUpEnds}.`,
  still_ramping: (f) => `تاريخ بدء ${who(f)} في الدور: ${f.date}؛ وتستمر فترة التأهيل حتى ${f.rampUpEnds}. ادعم التأهيل بدلًا من وضع خطة.`,
  role_start_unknown: (f) => `تاريخ بدء ${who(f)} في الدور غير مسجل، لذا لا يمكن استبعاد فترة التأهيل.`,
  no_system_factor: (f) =>
    `لا يتداخل مع النمط أي عامل نظامي مسجل يؤثر في ${f.metric}${
      f.factorIds.length > 0 ? ` (العوامل ${w.list(f.factorIds)} لا تفسر إلا جزءًا منه؛ ${w.count(f.unexplained)} من الفترات الأخيرة دون المعيار من غير عامل)` : ''
    }.`,
  system_factor_explains_gap: (f) =>
    `تتداخل عوامل نظامية مسجلة (${f.factors.map((factor) => `${factor.id}: ${factor.description}`).join('؛ ')}) مع الفترات التي كان فيها أداء ${who(f)} في ${f.metric} دون المعيار: قد تكون الفجوة ناتجة عن النظام لا عن الشخص. عالجها أولًا.`,
};
