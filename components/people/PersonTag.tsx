import { textOn } from '../../utils/settings/people';

/** A person's tag in their colour, text only, isolated from the name beside it. */
export function PersonTag({ tag, color }: { tag: string; color: string }) {
  return (
    <span class="tl-tag" dir="auto" title={tag} style={{ background: color, color: textOn(color) }}>
      {tag}
    </span>
  );
}
