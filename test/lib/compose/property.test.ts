/**
 * The "done when": every category × flag combination that occurs × language × tone × with/without a
 * name × three variants drafts a reply that is in the review's language, passes lintReply, uses the name,
 * offers a private channel where the playbook requires one, admits no liability to a legal threat, leaks no
 * order number or phone, and is 250–1,000 characters. Failures are collected so one run shows them all.
 */
import { describe, expect, it } from 'vitest';
import { allowedTones, composeReply } from '../../../lib/compose/index';
import { vocativeUk } from '../../../lib/compose/vocative-uk';
import { lintReply } from '../../../lib/lint/index';
import { getPlaybook } from '../../../lib/playbook/index';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { LANGUAGES, type Language } from '../../../lib/taxonomy';
import { detectLanguage } from '../../../lib/text/index';
import { COMBOS, FACTS, analysisOf, northwind } from './cases';

/** Admissions a reply to a legal threat must never make, whatever the linter knows. */
const ADMISSION: Record<Language, RegExp> = {
  ru: /(призна[её]м|наша)\s+вин|по нашей вине|мы виноват/i,
  uk: /визна[єю]мо\s+(свою\s+)?провин|наша\s+провин|з нашої вини|ми винн/i,
  bg: /признаваме\s+(своята\s+)?вин|наша(та)?\s+вина|по наша вина|ние сме виновн/i,
  en: /\b(we admit|our fault|we are liable|our negligence|we were negligent)\b/i,
};

function expectedName(language: Language): string {
  const first = FACTS[language].name.first;
  return language === 'uk' ? vocativeUk(first) : first;
}

describe('composeReply over every case', () => {
  it('drafts a clean, personal, private-where-needed reply of 250–1,000 characters every time', () => {
    const failures: string[] = [];
    let drafts = 0;
    for (const language of LANGUAGES) {
      for (const { category, flags } of COMBOS) {
        const playbook = getPlaybook(category, flags);
        for (const named of [true, false]) {
          const analysis = analysisOf(language, category, flags, named);
          for (const tone of allowedTones(analysis)) {
            for (const settings of [northwind(language), DEFAULT_SETTINGS]) {
              for (const variant of [0, 1, 2]) {
                const draft = composeReply(analysis, settings, { tone, variant });
                drafts++;
                const text = draft.text;
                const where = `${language}/${category}[${flags.join(',')}]/${tone}/v${variant}/${named ? 'named' : 'anon'}/${settings === DEFAULT_SETTINGS ? 'defaults' : 'northwind'}`;
                const fail = (why: string) => failures.push(`${where}: ${why}\n${text}\n`);
                if (draft.language !== language || detectLanguage(text) !== language) fail(`language ${detectLanguage(text)}`);
                if (text.length < 250 || text.length > 1000) fail(`length ${text.length}`);
                if (named && !text.includes(expectedName(language))) fail('name missing');
                const needsPrivate = playbook.mustContain.includes('privateChannel');
                if (needsPrivate && settings !== DEFAULT_SETTINGS && !text.includes('care@northwind.example')) fail('no private channel');
                if ((category === 'legal_threat' || flags.includes('legal_threat')) && ADMISSION[language].test(text)) fail('liability');
                if (text.includes(FACTS[language].order) || text.includes(FACTS[language].phone)) fail('private detail');
                const diagnostics = lintReply(text, {
                  language,
                  category,
                  flags,
                  customerName: named ? FACTS[language].name.first : undefined,
                  ownContacts: [settings.contact.email, settings.contact.phone].filter((c): c is string => !!c),
                }).filter((d) => d.severity !== 'info');
                for (const d of diagnostics) fail(`lint ${d.rule} (${d.class}) on "${text.slice(d.start, d.end)}"`);
              }
            }
          }
        }
      }
    }
    console.info(`compose property: ${drafts} drafts, ${failures.length} failures`);
    expect(failures.slice(0, 15).join('\n')).toBe('');
    expect(drafts).toBeGreaterThan(3000);
  }, 300_000);
});
