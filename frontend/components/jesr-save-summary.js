// One save state for a page of autosaving fields (issue 21): the notes page said "Saved" under
// every field, so a portrait tablet showed two fields and five verdicts. Each field still keeps
// its own state element (the server and jesr-autosave.js set it); this element reads them all
// and says the one that matters most. It watches attributes and text, so it follows the
// browser's own "not saved yet" as well as the server's "saved at 10:42", with no round trip.

const URGENCY = ['conflict', 'failed', 'unsaved', 'saving', 'saved', 'empty'];

class JesrSaveSummary extends HTMLElement {
  connectedCallback() {
    this._scope = this.closest('main') || document.body;
    this._lastSaved = null;
    this._observer = new MutationObserver((mutations) => {
      for (const m of mutations) {
        const state = m.target.nodeType === Node.ELEMENT_NODE ? m.target : m.target.parentElement;
        const field = state && state.closest && state.closest('.save-state');
        if (field && field.dataset.state === 'saved') {
          this._lastSaved = field;
        }
      }
      this._update();
    });
    this._observer.observe(this._scope, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
    this._update();
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
    }
  }

  _update() {
    // Fields nobody may edit hide their state: they have nothing to save.
    const states = [...this._scope.querySelectorAll('.save-state')].filter((s) => !s.hidden);
    if (states.length === 0) {
      this.hidden = true;
      return;
    }
    this.hidden = false;
    const rank = (s) => {
      const r = URGENCY.indexOf(s.dataset.state);
      return r < 0 ? URGENCY.length : r;
    };
    let chosen = states.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    if (chosen.dataset.state === 'saved' && this._lastSaved && this._lastSaved.dataset.state === 'saved'
        && states.includes(this._lastSaved)) {
      chosen = this._lastSaved;
    }
    const state = chosen.dataset.state || '';
    const text = state === 'unsaved' ? chosen.dataset.unsaved || '' : chosen.textContent;
    if (this.dataset.state !== state) {
      this.dataset.state = state;
    }
    if (this.textContent !== text) {
      this.textContent = text;
    }
  }
}

customElements.define('jesr-save-summary', JesrSaveSummary);
