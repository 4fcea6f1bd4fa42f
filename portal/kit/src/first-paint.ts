/**
 * What the shell uses before React, i18next, Apollo or any other shared library has loaded
 * (`@fieldloop/portal-kit/first-paint`): the sign-in form, the session's storage and the
 * runtime config, with nothing but the DOM and fetch. Not the federated kit itself, so
 * importing it settles no shared singleton; within the shell's build these are the very
 * modules the kit is made of, one copy each.
 */
export * from './language';
export * from './plain-sign-in-form';
export * from './runtime-config';
export * from './session-tokens';
