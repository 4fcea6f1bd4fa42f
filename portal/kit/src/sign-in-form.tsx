import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './page-title';
import { usePortal } from './portal-runtime';
import { SignInError } from './session';

/** Username and password, with the reason in words when it does not work. */
export function SignInForm() {
  const { t } = useTranslation();
  const { session } = usePortal();
  const id = useId();
  const [message, setMessage] = useState<string | null>(() =>
    session.endReason === 'expired' ? t('common:signIn.expired') : session.endReason === 'signed-out' ? t('common:signIn.signedOut') : null,
  );
  const [busy, setBusy] = useState(false);
  usePageTitle(t('common:signIn.submit'));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setMessage(null);
    try {
      await session.signIn(String(form.get('username') ?? '').trim(), String(form.get('password') ?? ''));
    } catch (error) {
      const reason = error instanceof SignInError ? error.reason : 'failed';
      setMessage(t(`common:signIn.${reason === 'wrong-credentials' ? 'wrongCredentials' : reason}`));
      setBusy(false);
    }
  };

  return (
    <form className="sign-in" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('common:signIn.title')}</h1>
      <label htmlFor={`${id}-username`}>{t('common:signIn.username')}</label>
      <input id={`${id}-username`} name="username" autoComplete="username" required autoFocus />
      <label htmlFor={`${id}-password`}>{t('common:signIn.password')}</label>
      <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required />
      {message && (
        <p className="sign-in-message" role="alert">
          {message}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('common:signIn.submitting') : t('common:signIn.submit')}
      </button>
    </form>
  );
}

/** The page shown to anyone not signed in, whatever address they opened. */
export function SignInPage() {
  return (
    <main className="page page-narrow">
      <SignInForm />
    </main>
  );
}
