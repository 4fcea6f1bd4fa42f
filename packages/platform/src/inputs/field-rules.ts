/** Mainland mobile (11 digits from 13x-19x) or landline with area code (010-12345678). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const PHONE_RULE_MESSAGE = 'phone must be a mainland mobile (11 digits, 13x-19x) or a landline with area code, e.g. 0871-65123456';

/** Tobacco retail licence (专卖许可证号): exactly twelve digits. */
export const LICENCE_PATTERN = /^\d{12}$/;

/** HH:MM-HH:MM, for trading hours and delivery windows. */
export const TIME_RANGE_PATTERN = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;
