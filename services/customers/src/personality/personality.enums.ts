import { registerEnumType } from 'type-graphql';

/** The eight customer personality types (客户的八种类型) of the customer-management training. */
export enum PersonalityType {
  FRIENDLY_OUTGOING = 'FRIENDLY_OUTGOING',
  INDECISIVE = 'INDECISIVE',
  TOUGH = 'TOUGH',
  KNOW_IT_ALL = 'KNOW_IT_ALL',
  ARGUMENTATIVE = 'ARGUMENTATIVE',
  CONSTRUCTIVE = 'CONSTRUCTIVE',
  SILENT = 'SILENT',
  NEGATIVE = 'NEGATIVE',
}
registerEnumType(PersonalityType, {
  name: 'PersonalityType',
  valuesConfig: {
    FRIENDLY_OUTGOING: { description: '友善外向型' },
    INDECISIVE: { description: '优柔寡断型' },
    TOUGH: { description: '顽强型' },
    KNOW_IT_ALL: { description: '万事通型' },
    ARGUMENTATIVE: { description: '强词夺理型' },
    CONSTRUCTIVE: { description: '思想积极型' },
    SILENT: { description: '不声不响型' },
    NEGATIVE: { description: '消极主义型' },
  },
});
