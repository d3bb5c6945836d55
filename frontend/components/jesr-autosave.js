// The browser's half of AutosaveField: every keystroke is kept in local storage at once, so text
// typed while the venue Wi-Fi is down survives a reload. The server saves; this element only keeps
// the copy the server does not have yet, and hands it back on the next load.
//
// Drafts are stored under a key that names the signed-in user (the server builds it), so a draft left
// on a shared tablet is never restored, nor saved, under the next person's name.

const PREFIX = 'jesr-draft:';
// Keys written before drafts were kept per user; sign-out clears them too.
const OLDER_PREFIXES = ['jesr-notes-', 'jesr-debrief-'];

function readDraft(key) {
  const stored = localStorage.getItem(key);
  if (!stored) {
    return null;
  }
  try {
    return JSON.parse(stored);
  } catch (e) {
    // A draft this page cannot read would block every later one: drop it.
    localStorage.removeItem(key);
    return null;
  }
}

class JesrAutosave extends HTMLElement {
  /** Forgets every draft this browser keeps, older unkeyed ones included (sign-out on a shared tablet). */
  static clearDrafts() {
    Object.keys(localStorage)
      .filter((k) => k.startsWith(PREFIX) || OLDER_PREFIXES.some((p) => k.startsWith(p)))
      .forEach((k) => localStorage.removeItem(k));
  }

  /**
   * Called by the server once the field is on the page. `area` is the text area, `state` the line
   * under it that says "Saved" or "Not saved yet". A kept draft that differs is offered to the server.
   */
  watch(area, state) {
    if (this._watching) {
      return;
    }
    this._watching = true;
    this._state = state;
    const key = this.getAttribute('storage-key');
    area.addEventListener('input', () => {
      localStorage.setItem(key, JSON.stringify({ text: area.value, base: Number(this.dataset.base) }));
      state.dataset.state = 'unsaved';
    });
    const draft = readDraft(key);
    if (draft) {
      if (draft.text !== area.value) {
        this.$server.offerDraft(draft.text, draft.base);
      } else {
        localStorage.removeItem(key);
      }
    }
  }

  /**
   * The server stored `text` as `version`. The local copy goes once the server has exactly it; if typing
   * went on meanwhile, the rest is now based on the new version, so a reload restores it without a prompt.
   * The line under the field says "Saved" only when nothing is pending: the server's "saving" then "saved"
   * in one round trip looks like no change to Flow, so the browser sets it here.
   */
  saved(text, version) {
    const key = this.getAttribute('storage-key');
    const draft = readDraft(key);
    let pending = false;
    if (draft) {
      if (draft.text === text) {
        localStorage.removeItem(key);
      } else {
        draft.base = version;
        localStorage.setItem(key, JSON.stringify(draft));
        pending = true;
      }
    }
    if (!pending && this._state) {
      this._state.dataset.state = 'saved';
    }
  }
}

customElements.define('jesr-autosave', JesrAutosave);
