import { LanguageSwitch, usePortal, type SessionTokens } from '@fieldloop/portal-kit';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnseenAttention } from './activity/unseen-attention';
import { REMOTE_AREAS, type RemoteArea } from './remotes';

const label = (labels: RemoteArea['pages'][number]['label'], language: string) => (language.startsWith('zh') ? labels['zh-CN'] : labels.en);

/** How an area is named in messages: its pages' labels. */
export const areaLabel = (area: RemoteArea, language: string) =>
  area.pages.map((page) => label(page.label, language)).join(language.startsWith('zh') ? '、' : ', ');

export function TopBar({ session }: { session: SessionTokens }) {
  const { t, i18n } = useTranslation('shell');
  const { session: control } = usePortal();
  const member = session.staffMember;
  const unseen = useUnseenAttention();
  return (
    <header className="top-bar">
      <a className="brand" href="/">
        FieldLoop
      </a>
      <nav aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to="/activity">
              {t('nav.activity')}
              {unseen > 0 && (
                <span className="nav-badge" data-unseen={unseen} aria-label={t('activity.unseen', { count: unseen })}>
                  {unseen}
                </span>
              )}
            </NavLink>
          </li>
          {REMOTE_AREAS.flatMap((area) =>
            area.pages.map((page) => (
              <li key={`${area.name}/${page.path}`}>
                <NavLink to={`/${area.name}/${page.path}`}>{label(page.label, i18n.language)}</NavLink>
              </li>
            )),
          )}
        </ul>
      </nav>
      <span className="spacer" />
      <LanguageSwitch label={t('language')} />
      <span>{t('signedInAs', { name: member.name, role: t(`common:role.${member.role}`, { defaultValue: member.role }) })}</span>
      <button type="button" onClick={() => void control.signOut()}>
        {t('signOut')}
      </button>
    </header>
  );
}
