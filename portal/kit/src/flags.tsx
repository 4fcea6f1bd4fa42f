import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat, type Formatters } from './format';
import { graphql } from './gql';
import type { VisitFlagReasonFragment } from './gql/graphql';

// What a page selects of a visit flag to show its reason (typed from the supergraph's VisitFlag).
graphql(`
  fragment VisitFlagReason on VisitFlag {
    kind
    value
  }
`);
export type VisitFlagLike = VisitFlagReasonFragment;

/**
 * A visit flag's reason in the user's language, from its kind and measured value (the
 * service's `reason` text is English only).
 */
export function describeFlag(flag: VisitFlagLike, t: TFunction, format: Formatters): string {
  switch (flag.kind) {
    case 'OUTSIDE_HOURS': {
      // value: minutes after midnight, company time
      const minutes = Math.round(flag.value);
      const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return t('common:flag.OUTSIDE_HOURS', { time });
    }
    case 'COPIED_NOTES':
      return t('common:flag.COPIED_NOTES', { value: format.number(Math.round(flag.value * 100)) });
    case 'DISTANCE':
    case 'SHORT_VISIT':
    case 'IMPOSSIBLE_TRAVEL':
      return t(`common:flag.${flag.kind}`, { value: format.number(flag.value, { maximumFractionDigits: 0 }) });
    case 'EMPTY_NOTES':
      return t('common:flag.EMPTY_NOTES');
    default:
      // A kind added to the API after this build: its name, until the portal learns it.
      return t(`common:flag.${flag.kind satisfies never as string}`, { defaultValue: flag.kind });
  }
}

/** A visit's flags, each with its reason in words. */
export function FlagList({ flags, label }: { flags: readonly VisitFlagLike[]; label?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (flags.length === 0) return null;
  return (
    <ul className="flag-list" aria-label={label}>
      {flags.map((flag) => (
        <li key={flag.kind}>{describeFlag(flag, t, format)}</li>
      ))}
    </ul>
  );
}
