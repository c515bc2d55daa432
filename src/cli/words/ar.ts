/**
 * The command line's lines in Arabic (Modern Standard Arabic; {@link CliWords}), loaded only for
 * `--locale ar` (or `ar-EG`, ...). Terms as in the Arabic locale's glossary (docs/localization.md).
 * Counted nouns take all six plural categories: one and two without the figure (ملف واحد, the
 * dual ملفان), 3-10 the plural (٣ ملفات), 11-99 the singular in the accusative (١١ ملفًا), 100
 * and 0 the singular (١٠٠ ملف). File names, paths, codes and option names stay as they are.
 *
 * @module
 */
import { figureWords } from '../../issues/figures.js';
import type { PluralForms } from '../../issues/plural.js';
import type { CliWords } from './en.js';

const w = figureWords('ar');

/** Files counted, nominative (the summary's subject). */
const FILES: PluralForms = { zero: '# ملف', one: 'ملف واحد', two: 'ملفان', few: '# ملفات', many: '# ملفًا', other: '# ملف' };
/** Files counted, genitive (after a verbal noun: "تعذّرت قراءة ملفين"). */
const FILES_GEN: PluralForms = { zero: '# ملف', one: 'ملف واحد', two: 'ملفين', few: '# ملفات', many: '# ملفًا', other: '# ملف' };
const ERRORS: PluralForms = { zero: '# خطأ', one: 'خطأ واحد', two: 'خطآن', few: '# أخطاء', many: '# خطأً', other: '# خطأ' };
const WARNINGS: PluralForms = { zero: '# تحذير', one: 'تحذير واحد', two: 'تحذيران', few: '# تحذيرات', many: '# تحذيرًا', other: '# تحذير' };
const NOTES: PluralForms = { zero: '# ملاحظة', one: 'ملاحظة واحدة', two: 'ملاحظتان', few: '# ملاحظات', many: '# ملاحظة', other: '# ملاحظة' };
const ISSUES: PluralForms = { zero: '# مشكلة', one: 'مشكلة واحدة', two: 'مشكلتان', few: '# مشكلات', many: '# مشكلة', other: '# مشكلة' };
const UNMATCHED: PluralForms = {
  zero: '# نمط لا يطابق أي ملف',
  one: 'نمط واحد لا يطابق أي ملف',
  two: 'نمطان لا يطابقان أي ملف',
  few: '# أنماط لا تطابق أي ملف',
  many: '# نمطًا لا يطابق أي ملف',
  other: '# نمط لا يطابق أي ملف',
};
const BYTES: PluralForms = { zero: '# بايت', one: 'بايت واحد', two: 'بايتان', few: '# بايتات', many: '# بايتًا', other: '# بايت' };

const errors = (n: number): string => w.plural(n, ERRORS);
const warnings = (n: number): string => w.plural(n, WARNINGS);
const notes = (n: number): string => w.plural(n, NOTES);

/** The command line's lines in Arabic. */
export const CLI_WORDS_AR: CliWords = {
  validate: {
    valid: (file, warningCount, infos) => `${file}: خطة صالحة، لا أخطاء${warningCount + infos > 0 ? ` (${warnings(warningCount)}، ${notes(infos)})` : ''}`,
    invalid: (file, errorCount, warningCount) => `${file}: ${errors(errorCount)}، ${warnings(warningCount)}`,
    doesNotParse: (file, count) => `${file}: لم يُتعرَّف عليه كخطة (${w.plural(count, ISSUES)})`,
    notParsed: '(لم يُتعرَّف عليه كخطة)',
    fix: (fix) => `الإصلاح: ${fix}`,
    summary: (files, counts, notParsed, unreadable, unmatched) => {
      const problems =
        counts.errors === 0
          ? `لا أخطاء${counts.warnings + counts.infos > 0 ? ` (${warnings(counts.warnings)}، ${notes(counts.infos)})` : ''}`
          : `${errors(counts.errors)}، ${warnings(counts.warnings)}، ${notes(counts.infos)}`;
      const parts = [
        notParsed > 0 ? `تعذّر التعرف على ${w.plural(notParsed, FILES_GEN)} كخطة` : '',
        unreadable > 0 ? `تعذّرت قراءة ${w.plural(unreadable, FILES_GEN)}` : '',
        unmatched > 0 ? w.plural(unmatched, UNMATCHED) : '',
      ].filter(Boolean);
      return `${w.plural(files, FILES)}: ${problems}${parts.length > 0 ? `؛ ${parts.join('، ')}` : ''}`;
    },
    tooManyWarnings: (warningCount, max) => `عدد التحذيرات أكبر من المسموح: ${w.count(warningCount)}، أي أكثر من --max-warnings ${max}`,
  },
  evaluate: {
    heading: (id, term, employee, role) => `${id}: ${term}، ${employee} (${role})`,
    asOf: (asOf, defaulted) => `التقييم بتاريخ ${asOf}${defaulted ? ' (اليوم؛ استخدم --as-of YYYY-MM-DD ليوم آخر)' : ''}.`,
    goals: 'الأهداف:',
    goal: (status, title) => `  [${status}] ${title}`,
    goalFigures: (observed, baseline, target, attainment, trend) =>
      `      القيمة المرصودة ${observed}؛ القيمة الأساسية ${baseline}، القيمة المستهدفة ${target}؛ نسبة الإنجاز ${attainment}${trend ? `؛ الاتجاه: ${trend}` : ''}`,
    noGoals: '  (لا أهداف)',
    triad: (code, message) => `المهارات والسلوك والنتائج: ${code}. ${message}`,
    score: (score, progress) => `الدرجة: ${score}. ${progress}.`,
    commitments: (checkIns, documented, support) => `اجتماعات المتابعة (${checkIns})، والموثَّق منها ${w.count(documented)}. الدعم (${support}).`,
    coverage: (coverage) => `تغطية البيانات: ${coverage}.`,
    recommendation: (outcome, reading) => `التوصية: ${outcome} (${reading}). الأسباب:`,
    reason: (n, message) => `  ${w.count(n)}. ${message}`,
    issues: (count) => `ملاحظات على البيانات (${w.count(count)}):`,
    issue: (code, at, message) => `  ${code} في ${at}: ${message}`,
    warnings: (count) => `التحذيرات (${w.count(count)}):`,
    none: '-',
  },
  wrote: (file, bytes) => `كُتب ${file} (${w.plural(bytes, BYTES)})`,
};
