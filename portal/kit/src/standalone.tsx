import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { initI18n } from './i18n';
import { LanguageSwitch } from './language-switch';
import { PortalProvider, PortalRuntime, usePortal, useSession } from './portal-runtime';
import { loadRuntimeConfig } from './runtime-config';
import { SignInPage } from './sign-in-form';
import './styles.css';

/**
 * A remote on its own (`pnpm --filter @fieldloop/portal-<name> dev`): the same sign-in,
 * client and language as in the shell, with only this remote's pages, so its team can work
 * without running the shell or the other remotes.
 */
export async function startStandalone(area: string, App: ComponentType): Promise<void> {
  await initI18n();
  const runtime = new PortalRuntime(await loadRuntimeConfig());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PortalProvider runtime={runtime}>
        <BrowserRouter>
          <StandaloneFrame area={area} App={App} />
        </BrowserRouter>
      </PortalProvider>
    </StrictMode>,
  );
}

function StandaloneFrame({ area, App }: { area: string; App: ComponentType }) {
  const session = useSession();
  const { session: control } = usePortal();
  if (!session) return <SignInPage />;
  return (
    <>
      <header className="top-bar">
        <strong>FieldLoop · {area}</strong>
        <LanguageSwitch label="Language / 语言" />
        <button type="button" onClick={() => void control.signOut()}>
          {session.staffMember.name} ⏻
        </button>
      </header>
      <main className="page">
        <Routes>
          <Route path={`/${area}/*`} element={<App />} />
          <Route path="*" element={<Navigate to={`/${area}`} replace />} />
        </Routes>
      </main>
    </>
  );
}
