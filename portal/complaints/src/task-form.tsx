import { graphql } from './gql';
import type { OwnerRole } from './gql/graphql';
import { useMutation } from '@apollo/client/react';
import { ErrorNotice, invalidFields, useSession } from '@fieldloop/portal-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePeople } from './team-people';

const SEND_TASK = graphql(`
  mutation SendTaskDown($idempotencyKey: String, $input: RaiseCaseInput!) {
    raiseCase(idempotencyKey: $idempotencyKey, input: $input) {
      id
      title
      respondDueAt
      assignee {
        id
        name
      }
    }
  }
`);

const DEFAULT_HOURS = '8';

/**
 * A supervisor's task sent down (下行) to someone of the team, with the sender's own deadline
 * in business hours. It is a case like any other: it escalates if it is not answered in time.
 * One idempotency key per filled-in form, so a retried click sends the task once.
 */
export function TaskForm({ onSent }: { onSent: () => unknown }) {
  const { t } = useTranslation('complaints');
  const session = useSession();
  const team = usePeople({ supervisorId: session?.staffMember.id });
  const [assigneeId, setAssigneeId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [hours, setHours] = useState(DEFAULT_HOURS);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [send, sending] = useMutation(SEND_TASK);
  const invalid = invalidFields(sending.error);
  const assignee = team.find((person) => person.id === assigneeId);
  const submit = async () => {
    await send({
      variables: {
        idempotencyKey: key,
        input: {
          kind: 'INFO_FEEDBACK',
          category: 'OTHER',
          title,
          description,
          assigneeId: assigneeId || null,
          ownerRole: (assignee?.role as OwnerRole | undefined) ?? null,
          respondWithinHours: hours ? Number(hours) : null,
        },
      },
    });
    setTitle('');
    setDescription('');
    setHours(DEFAULT_HOURS);
    setKey(crypto.randomUUID());
    onSent();
  };
  return (
    <form
      className="panel"
      aria-label={t('task.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit().catch(() => undefined);
      }}
    >
      <h2>{t('task.title')}</h2>
      <label>
        {t('task.to')}
        <select
          value={assigneeId}
          required
          aria-invalid={invalid.includes('assigneeId')}
          onChange={(event) => setAssigneeId(event.target.value)}
        >
          <option value="">{t('task.choose')}</option>
          {team.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} · {t(`common:role.${person.role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('task.what')}
        <input value={title} aria-invalid={invalid.includes('title')} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        {t('task.details')}
        <textarea
          value={description}
          aria-invalid={invalid.includes('description')}
          onChange={(event) => setDescription(event.target.value)}
          rows={3}
        />
      </label>
      <label>
        {t('task.within')}
        <input
          type="number"
          min={1}
          value={hours}
          aria-invalid={invalid.includes('respondWithinHours')}
          onChange={(event) => setHours(event.target.value)}
        />
      </label>
      <p>
        <button type="submit" disabled={sending.loading}>
          {t('task.send')}
        </button>
      </p>
      {sending.error && <ErrorNotice error={sending.error} />}
      {sending.data && !sending.error && (
        <p role="status">
          <Link to={`/complaints/cases/${sending.data.raiseCase.id}`}>
            {t('task.sent', { title: sending.data.raiseCase.title, to: sending.data.raiseCase.assignee?.name ?? '—' })}
          </Link>
        </p>
      )}
    </form>
  );
}
