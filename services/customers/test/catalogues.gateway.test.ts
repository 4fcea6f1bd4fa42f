import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Stack, startStack } from '@fieldloop/testkit';
import { CREDIT_INDICATOR_FIELDS, customers, PersonalityType } from '../src';

/** The catalogues an assessment form and a customer file are drawn from, through the gateway. */
describe('catalogues through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack([customers]);
  });
  afterAll(() => stack?.stop());

  const CREDIT_INDICATORS = `query($locale: Locale) { creditIndicators(locale: $locale) { indicator field question levels { level label } } }`;
  const PERSONALITY_TYPES = `query($locale: Locale) { personalityTypes(locale: $locale) { type name traits behaviours approach } }`;

  it('lists every credit indicator with the input field it fills and its three levels, in Chinese by default', async () => {
    const account = await stack.as({ role: 'ACCOUNT_MANAGER' });
    const { creditIndicators } = await account.request<{
      creditIndicators: { indicator: string; field: string; question: string; levels: { level: string; label: string }[] }[];
    }>(CREDIT_INDICATORS);
    expect(Object.fromEntries(creditIndicators.map(({ indicator, field }) => [indicator, field]))).toEqual(CREDIT_INDICATOR_FIELDS);
    for (const { question, levels } of creditIndicators) {
      expect(question).toMatch(/\p{Script=Han}/u);
      expect(levels.map(({ level }) => level)).toEqual(['GOOD', 'MEDIUM', 'POOR']);
      expect(levels.every(({ label }) => label.length > 0)).toBe(true);
    }
    const english = await account.request<{ creditIndicators: { question: string }[] }>(CREDIT_INDICATORS, { locale: 'EN' });
    expect(english.creditIndicators.map(({ question }) => question)).not.toEqual(creditIndicators.map(({ question }) => question));
    expect(english.creditIndicators[0].question).toMatch(/^[\x20-\x7E]+$/);
  });

  it('lists the eight personality types in order, each with signs and an approach', async () => {
    const account = await stack.as({ role: 'ACCOUNT_MANAGER' });
    const { personalityTypes } = await account.request<{
      personalityTypes: { type: string; name: string; traits: string[]; behaviours: string[]; approach: string[] }[];
    }>(PERSONALITY_TYPES, { locale: 'EN' });
    expect(personalityTypes.map(({ type }) => type)).toEqual(Object.values(PersonalityType));
    for (const profile of personalityTypes) {
      expect(profile.name.length).toBeGreaterThan(0);
      expect(profile.traits.length).toBeGreaterThan(0);
      expect(profile.behaviours.length).toBeGreaterThan(0);
      expect(profile.approach.length).toBeGreaterThan(0);
    }
  });

  it('answers only signed-in callers allowed to read customers', async () => {
    for (const query of [CREDIT_INDICATORS, PERSONALITY_TYPES]) {
      const anonymous = await stack.anonymous.execute(query);
      expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      const partner = await (await stack.as({ role: 'PARTNER', kind: 'partner', scp: ['visits:read'] })).execute(query);
      expect(partner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
