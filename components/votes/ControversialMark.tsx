/** The controversial-subthread marker (rule: utils/votes/controversy.ts), in outline rows and the subthread table. */
export function ControversialMark() {
  return (
    <span class="tl-controversial" title="Controversial: many upvotes and many downvotes">
      <span aria-hidden="true">±</span>
      <span class="tl-sr-only">controversial</span>
    </span>
  );
}
