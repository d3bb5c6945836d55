// Tells the person at the screen whether what they see is live. The browser knows first when the
// connection drops, so the state is switched here, not on the server. The words come from the server,
// in the page's language, as attributes.

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

  _show(state) {
    const down = state === 'reconnecting' || state === 'connection-lost';
    this.dataset.state = down ? 'reconnecting' : 'connected';
    this.textContent = down ? this.dataset.reconnecting : this.dataset.live;
  }
}

customElements.define('jesr-live-state', JesrLiveState);
