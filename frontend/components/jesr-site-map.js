// The sites of a field visit on a map (Leaflet), from their GPS positions. Tiles come from the
// configured tile server while the browser is online; with no network the element hides itself and
// the plain list of sites beside it is what the reader has. Site names are set as text, never markup.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

class JesrSiteMap extends HTMLElement {
  constructor() {
    super();
    this._sites = [];
    this._tiles = '';
    this._attribution = '';
    this._sync = () => this._render();
  }

  set sites(json) {
    this._sites = json ? JSON.parse(json) : [];
    this._render();
  }

  set tiles(url) {
    this._tiles = url || '';
    this._render();
  }

  set attribution(text) {
    this._attribution = text || '';
  }

  connectedCallback() {
    window.addEventListener('online', this._sync);
    window.addEventListener('offline', this._sync);
    this._render();
  }

  disconnectedCallback() {
    window.removeEventListener('online', this._sync);
    window.removeEventListener('offline', this._sync);
    if (this._map) {
      this._map.remove();
      this._map = null;
    }
  }

  _render() {
    if (!this.isConnected) {
      return;
    }
    const shown = navigator.onLine && this._sites.length > 0;
    this.hidden = !shown;
    this.dataset.markers = '0';
    if (!shown) {
      return;
    }
    if (!this._map) {
      this.style.display = 'block';
      this.style.height = this.style.height || '320px';
      this._map = L.map(this, { scrollWheelZoom: false });
      if (this._tiles) {
        L.tileLayer(this._tiles, { maxZoom: 18, attribution: this._attribution }).addTo(this._map);
      }
      this._layer = L.layerGroup().addTo(this._map);
    }
    this._layer.clearLayers();
    const points = [];
    for (const site of this._sites) {
      const label = document.createElement('span');
      label.textContent = site.label;
      L.circleMarker([site.lat, site.lon], { radius: 9, weight: 2, color: '#1a5fb4', fillOpacity: 0.6 })
        .bindTooltip(label)
        .addTo(this._layer);
      points.push([site.lat, site.lon]);
    }
    this.dataset.markers = String(points.length);
    this._map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 13 });
    // Hidden until now, the element had no size: Leaflet measures again.
    requestAnimationFrame(() => this._map && this._map.invalidateSize());
  }
}

customElements.define('jesr-site-map', JesrSiteMap);
