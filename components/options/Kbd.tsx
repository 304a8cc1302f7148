/** A key as a keycap (keys are one visible character: utils/settings/keys). */
export function Kbd({ k }: { k: string }) {
  return <kbd class="tl-kbd">{k}</kbd>;
}
