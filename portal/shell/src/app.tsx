import { PortalProvider, SignInPage, useSession, type PortalRuntime } from '@fieldloop/portal-kit';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { LiveActivityPage } from './activity/live-activity-page';
import { TopBar } from './navigation';
import { REMOTE_APPS, RemoteAreaMount } from './remote-area';
import { REMOTE_AREAS } from './remotes';

export function App({ runtime }: { runtime: PortalRuntime }) {
  return (
    <PortalProvider runtime={runtime}>
      <BrowserRouter>
        <Frame />
      </BrowserRouter>
    </PortalProvider>
  );
}

function Frame() {
  const { t } = useTranslation('shell');
  const session = useSession();
  // Signed out (or the server ended the session): the sign-in form at the same address, so
  // signing in lands where the user was going.
  if (!session) return <SignInPage />;
  return (
    <>
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <TopBar session={session} />
      <main id="content" className="page" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to="/activity" replace />} />
          <Route path="/activity" element={<LiveActivityPage />} />
          {REMOTE_AREAS.map((area) => (
            // Keyed by area: a remote that failed must not leave its error on the next remote's pages.
            <Route
              key={area.name}
              path={`/${area.name}/*`}
              element={<RemoteAreaMount key={area.name} area={area} app={REMOTE_APPS.get(area.name)!} />}
            />
          ))}
          <Route path="*" element={<p className="state">{t('notFound')}</p>} />
        </Routes>
      </main>
    </>
  );
}
