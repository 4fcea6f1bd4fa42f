import { graphql } from './gql';
import type { OwnerRole } from './gql/graphql';
import { useMutation } from '@apollo/client/react';
import { ErrorNotice, invalidFields } from '@fieldloop/portal-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OWNER_ROLES, usePeople } from './team-people';

const HAND_OFF = graphql(`
  mutation HandOffCase($input: CaseActionInput!) {
    actOnCase(input: $input) {
      id
      status
      ownerRole
      assignee {
        id
        name
      }
    }
  }
`);

/**
 * Hands the case to another post, and optionally a named person of it, with a note. The
 * deadline's used time goes with it: the server keeps the clocks, the form only says so.
 */
export function HandOffForm({ caseId, version, onDone }: { caseId: string; version: number; onDone: () => unknown }) {
  const { t } = useTranslation('complaints');
  const [ownerRole, setOwnerRole] = useState<OwnerRole>('ORDER_CLERK');
  const [assigneeId, setAssigneeId] = useState('');
  const [message, setMessage] = useState('');
  const people = usePeople({ roles: [ownerRole] });
  const [handOff, handing] = useMutation(HAND_OFF);
  const invalid = invalidFields(handing.error);
  const submit = async () => {
    await handOff({
      variables: {
        input: {
          caseId,
          action: 'HAND_OFF',
          expectedVersion: version,
          ownerRole,
          assigneeId: assigneeId || null,
          message: message || null,
        },
      },
    });
    setMessage('');
    onDone();
  };
  return (
    <form
      className="panel"
      aria-label={t('handOff.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit().catch(() => undefined);
      }}
    >
      <h2>{t('handOff.title')}</h2>
      <p>{t('handOff.keepsTime')}</p>
      <label>
        {t('handOff.post')}
        <select
          value={ownerRole}
          aria-invalid={invalid.includes('ownerRole')}
          onChange={(event) => {
            setOwnerRole(event.target.value as OwnerRole);
            setAssigneeId('');
          }}
        >
          {OWNER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`common:role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('handOff.person')}
        <select value={assigneeId} aria-invalid={invalid.includes('assigneeId')} onChange={(event) => setAssigneeId(event.target.value)}>
          <option value="">{t('handOff.anyone')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('handOff.message')}
        <textarea
          value={message}
          aria-invalid={invalid.includes('message')}
          onChange={(event) => setMessage(event.target.value)}
          rows={3}
        />
      </label>
      <p>
        <button type="submit" disabled={handing.loading}>
          {t('action.HAND_OFF')}
        </button>
      </p>
      {handing.error && <ErrorNotice error={handing.error} />}
      {handing.data && !handing.error && (
        <p role="status">
          {t('handOff.done', {
            to: handing.data.actOnCase.assignee?.name ?? t(`common:role.${handing.data.actOnCase.ownerRole}`),
          })}
        </p>
      )}
    </form>
  );
}
