import { Locale, type Localized } from '@fieldloop/platform';

/**
 * The five-part answer to a complaint (seed 004): acknowledge and sympathise, explain the
 * cause, say what was done, offer a remedy, invite them back. Offered to the one answering;
 * the bracketed parts are theirs to fill.
 */
const TEMPLATES: Localized<(shop: string) => string[]> = {
  [Locale.ZH_CN]: (shop) => [
    `${shop}您好，非常感谢您反映这个问题，给您带来不便，我们深表歉意。`,
    '经了解，问题的原因是：[原因]。',
    '我们已经：[已采取的措施]。',
    '作为补救，我们将：[补救方案]。',
    '今后有任何问题，欢迎您随时告诉我们，我们会第一时间处理。',
  ],
  [Locale.EN]: (shop) => [
    `Dear ${shop}, thank you for telling us, and we are sorry for the trouble it caused you.`,
    'We looked into it: the cause was [cause].',
    'We have already [what was done].',
    'To make it right, we will [remedy].',
    'Please tell us whenever anything is wrong again; we will deal with it at once.',
  ],
};

export const replyTemplate = (locale: Locale, shop: string): string[] => TEMPLATES[locale](shop);
