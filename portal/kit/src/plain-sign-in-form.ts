import { commonTranslations } from './common-translations';
import type { Language } from './language';
import { SignInError } from './session-tokens';
import type { SessionEnd } from './session';

export interface SignInFormOptions {
  language: Language;
  /** Why there is no session, said on the form from the start (signed out, ended by the server). */
  ended?: SessionEnd;
  /** Signs in with these credentials, or throws a SignInError saying why not. */
  signIn(username: string, password: string): Promise<void>;
}

let formsMade = 0;

/**
 * Username and password, with the reason in words when it does not work: plain DOM, so the
 * shell paints it before React has loaded, and the React pages (SignInForm) show this same
 * form. Stays busy after a sign-in that worked, until whoever shows the portal replaces it.
 * Returns what takes it off the page again.
 */
export function mountSignInForm(container: HTMLElement, { language, ended = 'none', signIn }: SignInFormOptions): () => void {
  const texts = commonTranslations[language].common.signIn;
  const id = `sign-in-${(formsMade += 1)}`;
  const form = document.createElement('form');
  form.className = 'sign-in';
  form.setAttribute('aria-labelledby', `${id}-title`);
  const title = document.createElement('h1');
  title.id = `${id}-title`;
  title.textContent = texts.title;
  const field = (name: string, label: string, attributes: Record<string, string>) => {
    const labelElement = document.createElement('label');
    labelElement.htmlFor = `${id}-${name}`;
    labelElement.textContent = label;
    const input = document.createElement('input');
    input.id = `${id}-${name}`;
    input.name = name;
    input.required = true;
    for (const [attribute, value] of Object.entries(attributes)) input.setAttribute(attribute, value);
    form.append(labelElement, input);
    return input;
  };
  form.append(title);
  const username = field('username', texts.username, { autocomplete: 'username', autofocus: '' });
  field('password', texts.password, { type: 'password', autocomplete: 'current-password' });
  const message = document.createElement('p');
  message.className = 'sign-in-message';
  message.setAttribute('role', 'alert');
  const button = document.createElement('button');
  button.type = 'submit';
  form.append(button);

  const say = (text: string | null) => {
    message.textContent = text;
    if (text) button.before(message);
    else message.remove();
  };
  const setBusy = (busy: boolean) => {
    button.disabled = busy;
    button.textContent = busy ? texts.submitting : texts.submit;
  };
  say(ended === 'expired' ? texts.expired : ended === 'signed-out' ? texts.signedOut : null);
  setBusy(false);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entered = new FormData(form);
    setBusy(true);
    say(null);
    signIn(String(entered.get('username') ?? '').trim(), String(entered.get('password') ?? '')).catch((error: unknown) => {
      const reason = error instanceof SignInError ? error.reason : 'failed';
      say(texts[reason === 'wrong-credentials' ? 'wrongCredentials' : reason]);
      setBusy(false);
    });
  });

  container.append(form);
  document.title = `${texts.submit} · FieldLoop`;
  username.focus();
  return () => form.remove();
}
