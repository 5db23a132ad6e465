// Our content script's own main-thread time in a V8 CPU profile (CDP Profiler): the self time
// of every sample whose nearest JavaScript frame is ours (a chrome-extension:// script), the
// native calls it makes included (a querySelector, a getBoundingClientRect's forced layout),
// as test/bench/profile.mjs counts it. Issue 17's budgets are of this time.

/** @param {{ nodes: { id: number, callFrame: { url: string, functionName: string }, children?: number[] }[], samples?: number[], timeDeltas?: number[] }} profile */
export function ownMs(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const node = byId.get(id);
    const answer = !node ? false : node.callFrame.url.startsWith('chrome-extension://') ? true : parent.has(id) ? isOurs(parent.get(id)) : false;
    ours.set(id, answer);
    return answer;
  };
  let us = 0;
  let all = 0;
  const where = new Map();
  (profile.samples ?? []).forEach((id, k) => {
    const ms = (profile.timeDeltas?.[k] ?? 0) / 1000;
    const name = byId.get(id)?.callFrame.functionName;
    if (name !== '(idle)' && name !== '(program)' && name !== '(garbage collector)') all += ms;
    if (isOurs(id)) {
      us += ms;
      // The nearest frame of ours, and the native call it made, for reading which part costs.
      let node = byId.get(id);
      let native = '';
      while (node && !node.callFrame.url.startsWith('chrome-extension://')) {
        native ||= node.callFrame.functionName;
        node = byId.get(parent.get(node.id));
      }
      const key = `${native ? `${native} < ` : ''}${node?.callFrame.functionName || '(anonymous)'}:${(node?.callFrame.lineNumber ?? 0) + 1}`;
      where.set(key, (where.get(key) ?? 0) + ms);
    }
  });
  const top = [...where].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, ms]) => `${k} ${Math.round(ms * 10) / 10}`);
  return { oursMs: Math.round(us * 10) / 10, scriptMs: Math.round(all * 10) / 10, top };
}
