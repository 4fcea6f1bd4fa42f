import { describe, expect, it } from '@jest/globals';
import { STORY_SENTENCES, StoryKind } from '@fieldloop/customers';
import i18next, { type TFunction } from 'i18next';
import { customersTranslations } from '../../customers/src/translations';
import { describeStoryEntry, namedValues, STORY_VALUES } from '../../customers/src/story-sentence';
import { commonTranslations } from '../../kit/src/common-translations';
import { formatters } from '../../kit/src/format';

/*
 * Every entry of a retailer's story is told by the portal from its summaryCode and values, in
 * zh-CN and English: each code the customers service can store has its sentences, naming only
 * values its event carries, and reads right whichever of them an event lacked.
 */

const LANGUAGES = ['en', 'zh-CN'] as const;

/** A value of each name as an event would carry it; a name the service adds must be given one here. */
const SAMPLE: Record<string, (kind: string) => string> = {
  durationMinutes: () => '25',
  satisfaction: () => '4',
  plannedFor: () => '2026-12-01',
  kind: () => 'COMPLAINT',
  category: () => 'PRODUCT_QUALITY',
  product: () => '红河(软)',
  quantity: () => '5',
  channel: () => 'PHONE',
  method: () => 'PHONE_CALL',
  totalFen: () => '123450',
  status: (kind) => (kind === StoryKind.DELIVERY ? 'PARTIALLY_DELIVERED' : 'SUSPENDED'),
  monthlyCartons: () => '60',
  previousMonthlyCartons: () => '40',
  withinDeadline: () => 'false',
  changedFields: () => 'phone,business.plan',
  grade: () => 'A',
  previousGrade: () => 'B',
  period: () => '2026-11',
  totalScore: () => '63',
};

async function translator(language: (typeof LANGUAGES)[number]): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    ns: ['common', 'customers'],
    defaultNS: 'customers',
    resources: { [language]: { ...commonTranslations[language], customers: customersTranslations[language] } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

type Tree = { [key: string]: string | Tree };
const template = (language: (typeof LANGUAGES)[number], path: string): string | undefined => {
  const found = path
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, key) => (node && typeof node === 'object' ? node[key] : undefined),
      customersTranslations[language].retailer.story.text as Tree,
    );
  return typeof found === 'string' ? found : undefined;
};

/** Every subset of a list: each combination of values an event may have lacked. */
const subsets = <T>(items: T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((set) => [...set, item])], [[]]);

describe("the portal's sentences for a retailer's story", () => {
  it('has, for every code the story service stores, a sentence in both languages naming only values its event carries', () => {
    expect(STORY_SENTENCES.length).toBeGreaterThan(15);
    const faults: string[] = [];
    for (const { summaryCode, params } of STORY_SENTENCES) {
      for (const language of LANGUAGES) {
        const sentence = template(language, summaryCode);
        if (!sentence) faults.push(`${language} has no sentence for ${summaryCode}`);
        for (const variant of ['', '_partial', '_bare'])
          for (const name of namedValues(template(language, summaryCode + variant) ?? ''))
            if (!params.includes(name)) faults.push(`${language} ${summaryCode}${variant} names ${name}, which its event does not carry`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('writes every value the story names through a formatter, with an example here', () => {
    const names = [...new Set(STORY_SENTENCES.flatMap((sentence) => sentence.params))];
    expect(names.filter((name) => !STORY_VALUES[name])).toEqual([]);
    expect(names.filter((name) => !SAMPLE[name])).toEqual([]);
  });

  it('tells every entry whole in both languages, whichever of its values its event lacked', async () => {
    const faults: string[] = [];
    for (const language of LANGUAGES) {
      const t = await translator(language);
      const format = formatters(language);
      for (const { kind, summaryCode, params } of STORY_SENTENCES) {
        for (const present of subsets(params)) {
          const entry = { kind, summaryCode, summaryParams: present.map((name) => ({ name, value: SAMPLE[name](kind) })) };
          const sentence = describeStoryEntry(entry, t, format);
          if (sentence.includes('{{') || sentence.includes(summaryCode) || /undefined|null/.test(sentence) || sentence.length < 3)
            faults.push(`${language} ${summaryCode} with [${present.join(', ')}]: ${sentence}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it('writes the values as the reader reads them: money, dates, months and the enums in words', async () => {
    const tell = async (language: (typeof LANGUAGES)[number], kind: StoryKind, summaryCode: string) => {
      const { params } = STORY_SENTENCES.find((sentence) => sentence.summaryCode === summaryCode)!;
      const entry = { kind, summaryCode, summaryParams: params.map((name) => ({ name, value: SAMPLE[name](kind) })) };
      return describeStoryEntry(entry, await translator(language), formatters(language));
    };
    await expect(tell('en', StoryKind.ORDER, 'order.placed')).resolves.toBe('Order placed by phone, CN¥1,234.50.');
    await expect(tell('zh-CN', StoryKind.ORDER, 'order.placed')).resolves.toBe('电话下单，金额¥1,234.50。');
    await expect(tell('en', StoryKind.VISIT, 'visit.missed')).resolves.toBe('The visit planned for Dec 1, 2026 was missed.');
    await expect(tell('zh-CN', StoryKind.VISIT, 'visit.missed')).resolves.toBe('原定2026年12月1日的拜访未完成。');
    await expect(tell('en', StoryKind.FINDING, 'finding.case_raised')).resolves.toBe(
      'Raised on the visit: Complaint about product quality.',
    );
    await expect(tell('zh-CN', StoryKind.DELIVERY, 'delivery.delivered')).resolves.toBe('订单已部分送达。');
    await expect(tell('zh-CN', StoryKind.FILE_CHANGE, 'file.changed')).resolves.toBe('修改客户档案：电话、经营计划。');
    await expect(tell('zh-CN', StoryKind.FILE_CHANGE, 'file.status_changed')).resolves.toBe('状态改为暂停。');
    await expect(tell('en', StoryKind.ASSESSMENT, 'assessment.contribution')).resolves.toBe(
      'Contribution score 63 / 100 for November 2026.',
    );
    await expect(tell('zh-CN', StoryKind.CASE, 'case.responded')).resolves.toBe('工单已答复（投诉），已超时。');
  });

  it('writes Chinese without spaces between words and with full-width punctuation', () => {
    const words = customersTranslations['zh-CN'].retailer.story;
    const texts = [
      ...Object.values(words.text).flatMap((group) => (typeof group === 'string' ? [group] : Object.values(group))),
      words.title,
      words.intro,
      words.none,
      words.by,
      words.showing,
      ...Object.values(words.kinds),
    ];
    const faults = texts.filter((text) => /[ ,.;:!?()]/.test(text.replace(/\{\{\w+\}\}/g, '')));
    expect(faults).toEqual([]);
  });

  it('names every kind of entry in both languages', () => {
    for (const language of LANGUAGES)
      expect(Object.keys(customersTranslations[language].retailer.story.kinds).sort()).toEqual(Object.values(StoryKind).sort());
  });
});
