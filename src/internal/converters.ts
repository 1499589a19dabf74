/** Boolean attribute whose absence means "the element's default"; `off` or `false` turn it off. */
export const onOff = {
  fromAttribute: (value: string | null): boolean | null => (value === null ? null : !['off', 'false'].includes(value.trim().toLowerCase())),
  toAttribute: (value: boolean | null): string | null => (value === null ? null : value ? '' : 'off'),
};
