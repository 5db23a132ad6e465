// A Facebook fixture whose comments are new items: "Fånga" on an item already stored only offers
// a new version (issue 18), so a test or bench that captures again and again needs new ids.

/**
 * `html` with every comment id made the round's own: numeric ids get `<round>00` in front; the
 * base64 form ("comment:<post>_<id>") likewise, inside its encoding.
 *
 * @param {string} html
 * @param {number} round
 * @returns {string}
 */
export function withRoundIds(html, round) {
  return html.replace(/comment_id=([^&"]+)/g, (_all, id) => {
    if (/^\d+$/.test(id)) return `comment_id=${round}00${id}`;
    const decoded = Buffer.from(decodeURIComponent(id), 'base64').toString('utf8');
    return `comment_id=${encodeURIComponent(Buffer.from(decoded.replace(/_(\d+)$/, `_${round}00$1`)).toString('base64'))}`;
  });
}
