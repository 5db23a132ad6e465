/**
 * Elements hidden for a screenshot (visibility only, so nothing on the page moves), and put back
 * exactly as they were: each one's own inline value and priority, and no style attribute left
 * behind on an element that had none. Property by property, so what the page itself changes
 * meanwhile (a header's transform as it scrolls) is kept.
 */
export class HiddenStyles {
  private saved: { el: HTMLElement; value: string; priority: string; hadAttribute: boolean }[] = [];
  private readonly members = new Set<Element>();

  get size(): number {
    return this.saved.length;
  }

  has(el: Element): boolean {
    return this.members.has(el);
  }

  /** Hides `el` for the shot; true when it was not hidden by us already. */
  hide(el: HTMLElement): boolean {
    if (this.members.has(el)) return false;
    this.members.add(el);
    this.saved.push({ el, value: el.style.getPropertyValue('visibility'), priority: el.style.getPropertyPriority('visibility'), hadAttribute: el.hasAttribute('style') });
    el.style.setProperty('visibility', 'hidden', 'important');
    return true;
  }

  restore(): void {
    for (const s of this.saved.reverse()) {
      if (s.value) s.el.style.setProperty('visibility', s.value, s.priority);
      else s.el.style.removeProperty('visibility');
      if (!s.hadAttribute && s.el.getAttribute('style') === '') s.el.removeAttribute('style');
    }
    this.saved = [];
    this.members.clear();
  }
}
