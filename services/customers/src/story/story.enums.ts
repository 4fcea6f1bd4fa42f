import { registerEnumType } from 'type-graphql';

/** What a story entry is about: the portal picks its icon and sentence by it. */
export enum StoryKind {
  VISIT = 'VISIT',
  FINDING = 'FINDING',
  ORDER = 'ORDER',
  DELIVERY = 'DELIVERY',
  CASE = 'CASE',
  FILE_CHANGE = 'FILE_CHANGE',
  ASSESSMENT = 'ASSESSMENT',
  QUOTA = 'QUOTA',
}
registerEnumType(StoryKind, { name: 'StoryKind', description: "What an entry of a retailer's story is about" });
