/** Card verbs: the templates in cards/ receive them as data, the handler registry is keyed by them. */
export const VERBS = {
  helpPrivacy: 'help.privacy',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
