import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { supportedLanguage } from './language';
import { mountSignInForm } from './plain-sign-in-form';
import { usePortal } from './portal-runtime';

/** The sign-in form (the one the shell paints before React), in the page's language. */
export function SignInForm() {
  const { i18n } = useTranslation();
  const { session } = usePortal();
  const container = useRef<HTMLDivElement>(null);
  const language = supportedLanguage(i18n.resolvedLanguage);
  useEffect(
    () =>
      mountSignInForm(container.current!, {
        language,
        ended: session.endReason,
        signIn: (username, password) => session.signIn(username, password),
      }),
    [language, session],
  );
  return <div ref={container} />;
}

/** The page shown to anyone not signed in, whatever address they opened. */
export function SignInPage() {
  return (
    <main className="page page-narrow">
      <SignInForm />
    </main>
  );
}
