import { graphql } from './gql';
import type { LoopBoardQuery } from './gql/graphql';
import { useQuery } from '@apollo/client/react';
import { Empty, QueryState, useSession } from '@fieldloop/portal-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatBusinessMinutes } from './business-time';
import { MarketLeads } from './market-leads';
import { TaskForm } from './task-form';
import { useLiveRefetch } from './use-live-refetch';

const BOARD = graphql(`
  query LoopBoard {
    loopBoard {
      late
      dueSoon
      waiting
      lanes {
        owner {
          id
          name
        }
        ownerRole
        open
        late
        overloaded
        cases {
          id
          kind
          title
          status
          escalationLevel
          respondMinutesLeft
          resolveMinutesLeft
          retailer {
            id
            shopName
          }
        }
      }
    }
  }
`);

/** What the case's clocks show: the board's rows and the case page both ask for these fields. */
type Clocks = Pick<LoopBoardQuery['loopBoard']['lanes'][number]['cases'][number], 'status' | 'respondMinutesLeft' | 'resolveMinutesLeft'>;

/** The clock that matters now: the answer until it is given, then closing. */
export const minutesLeft = (row: Clocks) => row.respondMinutesLeft ?? row.resolveMinutesLeft;

export function TimeLeft({ row }: { row: Clocks }) {
  const { t } = useTranslation('complaints');
  const left = minutesLeft(row);
  if (left === null) return null;
  const time = formatBusinessMinutes(left);
  if (row.status === 'WAITING_ON_RETAILER' && row.respondMinutesLeft === null) return <span>{t('board.paused', { time })}</span>;
  return left <= 0 ? <strong className="late">{t('board.late', { time })}</strong> : <span>{t('board.left', { time })}</span>;
}

/** The supervisor's loop board: who owes whom an answer, late first, live. */
export function BoardPage() {
  const { t } = useTranslation('complaints');
  // Business time left moves with the clock: read again each minute, and at once on any case event.
  const query = useQuery(BOARD, { pollInterval: 60_000 });
  useLiveRefetch(query.refetch);
  const sendsTasks = useSession()?.staffMember.role === 'SUPERVISOR';
  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">{t('board.title')}</h1>
      <p>{t('board.subtitle')}</p>
      <QueryState query={query}>
        {({ loopBoard }) => (
          <>
            <p data-testid="board-summary">
              {t('board.summary', { late: loopBoard.late, dueSoon: loopBoard.dueSoon, waiting: loopBoard.waiting })}
            </p>
            {sendsTasks && <TaskForm onSent={query.refetch} />}
            {loopBoard.lanes.length === 0 && <Empty>{t('board.empty')}</Empty>}
            {loopBoard.lanes.map((lane) => (
              <div className="panel" key={lane.owner?.id ?? lane.ownerRole} data-lane={lane.owner?.id ?? lane.ownerRole}>
                <h2>
                  {lane.owner?.name ?? t('board.queue', { role: t(`common:role.${lane.ownerRole}`) })}{' '}
                  <small>{t('board.laneSummary', { open: lane.open, late: lane.late })}</small>{' '}
                  {lane.overloaded && <strong className="late">{t('board.overloaded')}</strong>}
                </h2>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('board.columns.case')}</th>
                      <th scope="col">{t('board.columns.kind')}</th>
                      <th scope="col">{t('board.columns.status')}</th>
                      <th scope="col">{t('board.columns.left')}</th>
                      <th scope="col">{t('board.columns.escalation')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {lane.cases.map((row) => (
                      <tr key={row.id} data-case={row.id} data-escalation={row.escalationLevel}>
                        <td>
                          <Link to={`/complaints/cases/${row.id}`}>{row.title}</Link>
                          {row.retailer && <> · {row.retailer.shopName}</>}
                        </td>
                        <td>{t(`common:caseKind.${row.kind}`)}</td>
                        <td>{t(`common:caseStatus.${row.status}`)}</td>
                        <td>
                          <TimeLeft row={row} />
                        </td>
                        <td>{row.escalationLevel > 0 ? t('board.level', { level: row.escalationLevel }) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </>
        )}
      </QueryState>
      {sendsTasks && <MarketLeads />}
    </section>
  );
}
