import { graphql } from './gql';
import type { CaseAction } from './gql/graphql';
import { useMutation, useQuery } from '@apollo/client/react';
import { apiLocale, enumValues, ErrorNotice, QueryState, useFormat } from '@fieldloop/portal-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TimeLeft } from './board-page';
import { HandOffForm } from './hand-off-form';
import { useLiveRefetch } from './use-live-refetch';

const CASE = graphql(`
  query CasePage($id: ID!, $locale: Locale!) {
    case(id: $id) {
      id
      kind
      title
      description
      status
      version
      escalationLevel
      respondMinutesLeft
      resolveMinutesLeft
      respondDueAt
      resolveDueAt
      deadlineWarnings
      allowedActions
      replyTemplate(locale: $locale)
      retailer {
        id
        shopName
      }
      escalations {
        level
        clock
        escalatedTo {
          name
        }
      }
      timeline {
        id
        kind
        action
        body
        at
        author {
          name
        }
      }
    }
  }
`);

const ACT = graphql(`
  mutation ActOnCase($input: CaseActionInput!) {
    actOnCase(input: $input) {
      id
      status
    }
  }
`);

/**
 * Hand-off needs someone to hand to: it has its own form (hand-off-form.tsx). Every other
 * action is named, so one the API adds fails the compiler until it is placed.
 */
const ACTIONS_HERE: readonly CaseAction[] = enumValues<Exclude<CaseAction, 'HAND_OFF'>>({
  ACKNOWLEDGE: true,
  START: true,
  WAIT_ON_RETAILER: true,
  RESUME: true,
  RESPOND: true,
  REOPEN: true,
  CONFIRM_CLOSE: true,
  OVERRIDE_CLOSE: true,
});

function ActPanel({ id, allowed, onDone }: { id: string; allowed: CaseAction[]; onDone: () => unknown }) {
  const { t } = useTranslation('complaints');
  const [message, setMessage] = useState('');
  const [reason, setReason] = useState('');
  const [satisfaction, setSatisfaction] = useState('');
  const [act, acting] = useMutation(ACT);
  const actions = allowed.filter((action) => ACTIONS_HERE.includes(action));
  if (actions.length === 0) return <p>{t('case.noActions')}</p>;
  const run = async (action: CaseAction) => {
    await act({
      variables: {
        input: {
          caseId: id,
          action,
          message: message || null,
          reason: reason || null,
          satisfaction: satisfaction ? Number(satisfaction) : null,
        },
      },
    });
    setMessage('');
    setReason('');
    onDone();
  };
  return (
    <form className="panel" onSubmit={(event) => event.preventDefault()} aria-label={t('case.act')}>
      <h2>{t('case.act')}</h2>
      <label>
        {t('case.message')}
        <textarea value={message} onChange={(event) => setMessage(event.target.value)} rows={4} />
      </label>
      <label>
        {t('case.reason')}
        <input value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      {allowed.includes('CONFIRM_CLOSE') && (
        <label>
          {t('case.satisfaction')}
          <input type="number" min={1} max={5} value={satisfaction} onChange={(event) => setSatisfaction(event.target.value)} />
        </label>
      )}
      <p>
        {actions.map((action) => (
          <button key={action} type="button" disabled={acting.loading} onClick={() => void run(action).catch(() => undefined)}>
            {t(`action.${action}`)}
          </button>
        ))}
      </p>
      {acting.error && <ErrorNotice error={acting.error} />}
      {acting.data && !acting.error && (
        <p role="status">{t('case.done', { status: t(`common:caseStatus.${acting.data.actOnCase.status}`) })}</p>
      )}
    </form>
  );
}

/** One case: what was raised, its deadlines, the ladder, the timeline, the reply template, and what can be done. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('complaints');
  const format = useFormat();
  // Business time left moves with the clock: read again each minute, and at once on any case event.
  const query = useQuery(CASE, { variables: { id, locale: apiLocale(i18n.language) }, pollInterval: 60_000 });
  useLiveRefetch(query.refetch);
  return (
    <section>
      <p>
        <Link to="/complaints/board">{t('case.back')}</Link>
      </p>
      <QueryState query={query}>
        {({ case: row }) => (
          <>
            <h1>{row.title}</h1>
            <p data-testid="case-facts">
              {t('case.facts', {
                kind: t(`common:caseKind.${row.kind}`),
                status: t(`common:caseStatus.${row.status}`),
                retailer: row.retailer?.shopName ?? '—',
              })}{' '}
              · <TimeLeft row={row} />
            </p>
            <p>{row.description}</p>
            <p>
              {t('case.respondDue', { at: format.dateTime(row.respondDueAt) })} ·{' '}
              {t('case.resolveDue', { at: format.dateTime(row.resolveDueAt) })}
            </p>
            {row.deadlineWarnings.map((warning) => (
              <p key={warning} role="note" className="late">
                {t('case.warnings')}: {warning}
              </p>
            ))}
            {row.escalations.length > 0 && (
              <>
                <h2>{t('case.escalations')}</h2>
                <ul data-testid="escalations">
                  {row.escalations.map((rung) => (
                    <li key={`${rung.clock}-${rung.level}`}>
                      {t('case.escalation', { level: rung.level, clock: rung.clock, to: rung.escalatedTo?.name ?? '—' })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h2>{t('case.timeline')}</h2>
            <ol data-testid="timeline">
              {row.timeline.map((entry) => (
                <li key={entry.id}>
                  {format.dateTime(entry.at)} · {entry.author?.name ?? t('case.system')} {t(`entry.${entry.kind}`)}
                  {entry.action && <> {t(`action.${entry.action}`)}</>}
                  {entry.body && <>: {entry.body}</>}
                </li>
              ))}
            </ol>
            {row.replyTemplate.length > 0 && (
              <details>
                <summary>{t('case.template')}</summary>
                <ol>
                  {row.replyTemplate.map((part) => (
                    <li key={part}>{part}</li>
                  ))}
                </ol>
              </details>
            )}
            <ActPanel id={row.id} allowed={row.allowedActions} onDone={query.refetch} />
            {row.allowedActions.includes('HAND_OFF') && <HandOffForm caseId={row.id} version={row.version} onDone={query.refetch} />}
          </>
        )}
      </QueryState>
    </section>
  );
}
