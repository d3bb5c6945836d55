// Tells the person at the screen whether what they see is live. The browser knows first when the
// connection drops, so the state is switched here, not on the server. The words come from the server,
// in the page's language, as attributes.

const STALLED_AFTER_MS = 4000;

class JesrLiveState extends HTMLElement {
  static get observedAttributes() {
    return ['online-text', 'offline-text', 'reconnecting-text'];
  }

  connectedCallback() {
    this._nameVaadinsIndicator();
    const connection = window.Vaadin && window.Vaadin.connectionState;
    if (connection && !this._listener) {
      this._listener = (previous, next) => this._show(next);
      connection.addStateChangeListener(this._listener);
      this._show(connection.state);
    }
  }

  disconnectedCallback() {
    const connection = window.Vaadin && window.Vaadin.connectionState;
    if (connection && this._listener) {
      connection.removeStateChangeListener(this._listener);
      this._listener = null;
      clearTimeout(this._stalled);
    }
  }

  attributeChangedCallback() {
    this._nameVaadinsIndicator();
  }

  // Vaadin's own connection toast says "Online" and "Connection lost" in English whatever the page's language.
  _nameVaadinsIndicator() {
    const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
    if (!indicator) {
      return;
    }
    for (const [attribute, property] of [
      ['online-text', 'onlineText'],
      ['offline-text', 'offlineText'],
      ['reconnecting-text', 'reconnectingText'],
    ]) {
      const text = this.getAttribute(attribute);
      if (text) {
        indicator[property] = text;
      }
    }
  }

  // A request that gets no answer for a few seconds means the network is gone, though Vaadin still
  // calls it "loading" (a stalled Wi-Fi never errors: in the trial the badge said Live for a minute
  // while nothing got through). The badge then says so, and goes back to Live by itself when the
  // answer arrives; nobody has to type for it.
  _show(state) {
    clearTimeout(this._stalled);
    if (state === 'loading') {
      this._stalled = setTimeout(() => this._set(true), STALLED_AFTER_MS);
      return;
    }
    this._set(state === 'reconnecting' || state === 'connection-lost');
  }

  _set(down) {
    this.dataset.state = down ? 'reconnecting' : 'connected';
    this.textContent = down ? this.dataset.reconnecting : this.dataset.live;
  }
}

customElements.define('jesr-live-state', JesrLiveState);
