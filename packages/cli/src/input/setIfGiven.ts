/** Sets `target[key]` when `value` was given. */
export function setIfGiven(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}
