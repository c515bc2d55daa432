/**
 * السياسات بالعربية: ما لا يصح في سياسة (حدود النظام المضيف وقيمه)، وما يوصي به تدقيق الخطة
 * بشأنه. تُنقل أسماء الحقول والقيم الواردة والرموز (day وweek وmonth، وskill وbehavior وactivity
 * وoutcome، وtrue وfalse، وnull) كما وردت، وكذلك كلمات النظام المضيف الخاصة.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { PolicyCatalogs, PolicyExpectation } from '../../policy/messages.js';

const w = figureWords('ar');

/** السياسات التي تضمها سياسة أخرى كاملةً (سياستا دورة الحياة). */
const POLICY_NAMES: Readonly<Record<string, string>> = { timeline: 'سياسة الجدول الزمني', lint: 'سياسة التدقيق' };

/** ما يقبله الحقل بالعربية، خبرًا لـ«يجب أن يكون» (منصوبًا)؛ والمترجم يُلزم بكل نوع. */
export function expectationWordsAr(e: PolicyExpectation): string {
  switch (e.type) {
    case 'share':
      return 'نسبة بين 0 و1';
    case 'share_above_zero':
      return 'نسبة أكبر من 0 لا تتجاوز 1';
    case 'probability':
      return 'احتمالًا أكبر من 0 وأصغر من 1';
    case 'non_negative':
      return 'عددًا لا يقل عن 0';
    case 'score':
      return 'درجة بين 0 و100';
    case 'whole':
      return `عددًا صحيحًا لا يقل عن ${w.count(e.min)}`;
    case 'one_of':
      return w.alternatives(e.values);
    case 'flag':
      return 'true أو false';
    case 'units_by_kind':
      return 'كائنًا يحدد وحدةً (day أو week أو month) لكل نوع من أنواع المؤشرات (skill، behavior، activity، outcome)';
    case 'weekdays':
      return 'قائمة غير فارغة بأيام الأسبوع وفق ترقيم ISO من 1 إلى 7';
    case 'whole_by_unit':
      return 'كائنًا يحدد عددًا صحيحًا لا يقل عن 1 لكل وحدة (day، week، month)';
    case 'phrases_by_language':
      return 'كائنًا يضم قائمة عبارات لكل رمز لغة ({ en: ["..."] })، في كل عبارة منها كلمة واحدة على الأقل';
    case 'phase_weights':
      return 'ثلاثة أعداد موجبة';
    case 'holidays':
      return 'قائمة تواريخ بصيغة YYYY-MM-DD أو { date, name }';
    case 'group_or_null':
      return 'اسم مجموعة أو null';
    case 'policy_fields':
      return `كائنًا يضم حقول ${POLICY_NAMES[e.policy] ?? `السياسة ${e.policy}`}`;
    case 'object':
      return 'كائنًا';
    case 'at_least':
      return `مساويًا لقيمة الحقل ${e.field} أو أكبر منها`;
    case 'same_as':
      return `مساويًا لقيمة الحقل ${e.field} (${e.value}) عند تحديد الحقلين معًا، فهو اسم آخر له`;
    case 'left_out':
      return `محذوفًا ما دامت قيمة ${e.field} هي ${e.value}، فهو اسم آخر للحقل ${e.aliasOf}، الذي لا تُعدّ به الفترة دون المعيار إلا حين تكون قيمة ${e.field} هي ${e.required}`;
    case 'text':
      return e.text;
  }
}

/** مشكلات السياسات بالعربية، وما يوصي به تدقيق الخطة بشأنها. */
export const POLICY_CATALOGS_AR: PolicyCatalogs = Object.freeze<PolicyCatalogs>({
  issues: {
    policy_invalid: (f) => {
      switch (f.kind) {
        case 'invalid': {
          const e = f.expected;
          // الحقل البديل: جملة خاصة، والقيمة الواردة بجوار الحقل، إذ لا تستقيم «لا …» بعد التعليل.
          if (e.type === 'same_as') {
            return `حقل السياسة ${f.field} (${f.received}) اسم آخر للحقل ${e.field}، فيجب أن يساوي قيمته (${e.value}) عند تحديد الحقلين معًا؛ وقد استُخدمت القيمة الافتراضية.`;
          }
          if (e.type === 'left_out') {
            return `حقل السياسة ${f.field} (${f.received}) يجب حذفه ما دامت قيمة ${e.field} هي ${e.value}: فهو اسم آخر للحقل ${e.aliasOf}، الذي لا تُعدّ به الفترة دون المعيار إلا حين تكون قيمة ${e.field} هي ${e.required}؛ وقد استُخدمت القيمة الافتراضية.`;
          }
          return `حقل السياسة ${f.field} يجب أن يكون ${expectationWordsAr(e)}، لا ${f.received}؛ وقد استُخدمت القيمة الافتراضية.`;
        }
        case 'unknown':
          return `حقل السياسة ${f.field} ليس من حقول هذه السياسة${f.suggestion === undefined ? '' : ` (هل تقصد ${f.suggestion}؟)`}؛ وقد تم تجاهله.`;
        case 'not_an_object':
          return `يجب أن تكون السياسة كائنًا يضم الحقول المراد تغييرها، لا ${f.received}؛ وقد استُخدمت القيم الافتراضية.`;
        case 'unreadable':
          return `تعذّرت قراءة حقل السياسة ${f.field}؛ وقد استُخدمت القيمة الافتراضية.`;
      }
    },
  },
  lintFix: 'صحّح الحقل في سياسة التدقيق (يسرد docs/policies.md كل حقل وقيمه الصالحة وقيمته الافتراضية).',
});
