// The field kit: a small web component that works with no network. Everything a member records is
// kept in IndexedDB at once (no save button to forget) and sent by sync.js when the network returns.
// User text is always set as text, never as markup.
import { put, get, all, byIndex } from './store.js';
import { session, download, visitsToTake, syncAll, isDirty, SignInNeeded, Offline } from './sync.js';
import { resized } from './photo.js';
import { differences, merged } from './merge.js';

const KINDS = ['SCHOOL', 'DISTRICT_OFFICE', 'TEACHER_COLLEGE', 'NFE_CENTRE', 'OTHER'];
const COUNTS = ['pupilsEnrolled', 'pupilsPresent', 'teachersPresent'];
const USER_KEY = 'jesr-kit-user';
let messages = { en: {} };

function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'text') {
      el.textContent = value;
    } else if (key.startsWith('on')) {
      el.addEventListener(key.substring(2), value);
    } else if (key in el && key !== 'list') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : value);
    }
  }
  el.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
  return el;
}

function complete(draft) {
  return draft.name.trim() !== '' && draft.district.trim() !== '';
}

class FieldKit extends HTMLElement {
  async connectedCallback() {
    messages = await (await fetch('messages.json')).json();
    this.lang = localStorage.getItem('jesr-kit-lang') || (navigator.language.startsWith('fr') ? 'fr' : 'en');
    this.status = [];
    this.signInNeeded = false;
    this.view = { name: 'home' };
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {});
    }
    window.addEventListener('online', () => this.sync());
    window.addEventListener('offline', () => this.header());
    setInterval(() => this.sync(true), 30000);
    const wanted = new URLSearchParams(location.search).get('visit');
    if (wanted && (await get('visits', Number(wanted)))) {
      this.view = { name: 'visit', visitId: Number(wanted) };
    }
    await this.render();
    this.sync(true);
  }

  t(key, ...args) {
    let text = (messages[this.lang] || {})[key] ?? messages.en[key] ?? key;
    args.forEach((a, i) => (text = text.replaceAll('{' + i + '}', a instanceof Date ? a.toLocaleString(this.lang) : a)));
    return text;
  }

  get user() {
    return localStorage.getItem(USER_KEY) || '';
  }

  async render() {
    document.documentElement.lang = this.lang;
    document.title = 'JESR Desk · ' + this.t('title');
    this.replaceChildren(h('header', { id: 'kit-header' }), h('p', { id: 'kit-status', role: 'status' }), h('main', { id: 'kit-main' }));
    await this.header();
    this.showStatus();
    const main = this.querySelector('#kit-main');
    const views = { home: this.home, visit: this.visit, site: this.site, outbox: this.outbox, merge: this.merge };
    main.append(await views[this.view.name].call(this));
    main.querySelector('h2')?.focus?.();
  }

  go(view) {
    this.view = view;
    this.render();
  }

  async header() {
    const header = this.querySelector('#kit-header');
    if (!header) {
      return;
    }
    const waiting = await this.waiting();
    header.replaceChildren(
      h('h1', { text: 'JESR Desk · ' + this.t('title') }),
      h('span', { id: 'kit-network', class: 'badge', 'data-online': String(navigator.onLine), text: this.t(navigator.onLine ? 'online' : 'offline') }),
      h('span', { id: 'kit-user', text: this.user ? this.t('signed-in', this.user) : this.t('not-signed-in') }),
      h('button', { id: 'kit-outbox-button', 'data-waiting': String(waiting.length), onclick: () => this.go({ name: 'outbox' }), text: this.t('outbox', waiting.length) }),
      h('button', { id: 'kit-language', onclick: () => this.switchLanguage(), text: this.t('language') }));
  }

  switchLanguage() {
    this.lang = this.lang === 'fr' ? 'en' : 'fr';
    localStorage.setItem('jesr-kit-lang', this.lang);
    this.render();
  }

  /** The status line, as messages ([key, ...args]) translated when shown: a language switch re-says it. */
  setStatus(parts, signIn = false) {
    this.status = parts;
    this.signInNeeded = signIn;
    this.showStatus();
  }

  showStatus() {
    const status = this.querySelector('#kit-status');
    if (!status) {
      return;
    }
    status.replaceChildren((this.status || []).map(([key, ...args]) => this.t(key, ...args)).join(' '));
    if (this.signInNeeded) {
      status.append(' ', h('a', { id: 'kit-sign-in', href: '/login', target: '_blank', rel: 'noopener', text: this.t('sign-in') }));
    }
  }

  /** Sites and photos not yet on the server, with what each is. */
  async waiting() {
    const sites = (await all('sites')).filter(s => isDirty(s) || s.conflict);
    const photos = (await all('photos')).filter(p => !p.sent);
    return [...sites.map(s => ({ kind: 'site', item: s })), ...photos.map(p => ({ kind: 'photo', item: p }))];
  }

  async sync(quiet = false) {
    if (this.syncing || (quiet && (await this.waiting()).length === 0)) {
      return;
    }
    this.syncing = true;
    this.setStatus([['syncing']]);
    try {
      const summary = await syncAll(this.lang, () => this.header());
      localStorage.setItem(USER_KEY, summary.user);
      const left = await this.waiting();
      const notes = [[left.length === 0 ? 'sync.done' : 'sync.partly']];
      summary.otherPerson.forEach(name => notes.push(['sync.other-person', name]));
      if (summary.conflicts > 0 || left.some(w => w.item.conflict)) {
        notes.push(['sync.conflicts']);
      }
      this.setStatus(notes);
    } catch (e) {
      if (e instanceof SignInNeeded) {
        this.setStatus([['sign-in-to-send']], true);
      } else if (e instanceof Offline) {
        this.setStatus([['sync.offline']]);
      } else {
        this.setStatus([['sync.failed', String(e)]]);
      }
    } finally {
      this.syncing = false;
    }
    // A form being typed in is not rebuilt under the member's fingers; the rest shows the new states.
    if (this.view.name === 'site') {
      this.header();
    } else {
      this.render();
    }
  }

  async home() {
    const wanted = new URLSearchParams(location.search).get('visit');
    const visits = await all('visits');
    const box = h('section', {}, h('h2', { tabIndex: -1, text: this.t('visits') }));
    if (wanted && !visits.some(v => v.visitId === Number(wanted))) {
      box.append(h('button', { id: 'kit-take-offline', class: 'primary', onclick: () => this.takeOffline(Number(wanted)), text: this.t('take-offline') }));
    }
    if (navigator.onLine) {
      // While online, the visits this person may take: a kit opened from the home screen needs no link.
      try {
        const offered = (await visitsToTake(this.lang)).filter(v => !visits.some(s => s.visitId === v.visitId));
        box.append(h('ul', { class: 'cards', id: 'kit-to-take' }, offered.map(v => h('li', { class: 'card' },
          h('strong', { text: v.title }),
          h('span', { text: new Date(v.start).toLocaleString(this.lang, { dateStyle: 'full', timeStyle: 'short', timeZone: v.zone }) }),
          h('button', { id: 'kit-take-offline-' + v.visitId, class: 'primary', onclick: () => this.takeOffline(v.visitId), text: this.t('take-offline') })))));
      } catch (e) {
        if (e instanceof SignInNeeded) {
          this.setStatus([['sign-in-to-send']], true);
        }
      }
    }
    if (visits.length === 0) {
      box.append(h('p', { text: this.t('no-visits') }));
    }
    box.append(h('ul', { class: 'cards' }, visits.map(v => h('li', {},
      h('button', { class: 'card', id: 'kit-visit-' + v.visitId, onclick: () => this.go({ name: 'visit', visitId: v.visitId }) },
        h('strong', { text: v.title }),
        h('span', { text: this.t('stored-offline', new Date(v.downloadedAt).toLocaleString(this.lang)) }))))));
    return box;
  }

  async takeOffline(visitId) {
    this.setStatus([['taking-offline']]);
    try {
      const me = await session(this.lang);
      localStorage.setItem(USER_KEY, me.user);
      const visit = await download(visitId, this.lang);
      await put('visits', visit);
      for (const s of visit.sites) {
        const id = visitId + '/' + s.key;
        const local = await get('sites', id);
        if (local && (isDirty(local) || local.conflict)) {
          continue; // the member's unsent work wins over a fresh copy; sync compares them
        }
        await put('sites', { id, visitId, key: s.key, base: s.version, server: s.site, draft: s.site, rev: 0, sentRev: 0, conflict: null, error: null, recordedBy: me.user });
      }
      this.setStatus([['stored-offline', new Date()]]);
      this.go({ name: 'visit', visitId });
    } catch (e) {
      if (e instanceof SignInNeeded) {
        this.setStatus([['sign-in-to-send']], true);
      } else {
        this.setStatus([['download-failed', e instanceof Offline ? this.t('offline') : e.message]]);
      }
    }
  }

  siteState(site) {
    if (site.conflict) return 'conflict';
    if (site.error && isDirty(site)) return 'error';
    if (!complete(site.draft)) return 'incomplete';
    return isDirty(site) ? 'waiting' : 'sent';
  }

  async visit() {
    const visit = await get('visits', this.view.visitId);
    const sites = await byIndex('sites', 'visit', this.view.visitId);
    return h('section', { id: 'kit-visit' },
      h('button', { class: 'link', onclick: () => this.go({ name: 'home' }), text: this.t('home') }),
      h('h2', { tabIndex: -1, text: visit.title }),
      h('p', { text: new Date(visit.start).toLocaleString(this.lang, { dateStyle: 'full', timeStyle: 'short', timeZone: visit.zone }) }),
      h('p', { id: 'kit-team', text: this.t('team.list', visit.team.join(', ')) }),
      h('h3', { text: this.t('sites') }),
      sites.length === 0 ? h('p', { text: this.t('no-sites') }) : null,
      h('ul', { class: 'cards', id: 'kit-sites' }, sites.map(s => {
        const state = this.siteState(s);
        return h('li', {}, h('button', {
          class: 'card kit-site-item', 'data-key': s.key, 'data-state': state,
          onclick: () => this.go({ name: s.conflict ? 'merge' : 'site', siteId: s.id, visitId: s.visitId })
        }, h('strong', { text: s.draft.name || this.t('site.new') }),
          h('span', { class: 'state', text: this.t('state.' + state, s.error || '') })));
      })),
      h('button', { id: 'kit-add-site', class: 'primary', onclick: () => this.addSite(visit), text: this.t('add-site') }));
  }

  async addSite(visit) {
    const key = crypto.randomUUID();
    const id = visit.visitId + '/' + key;
    const draft = {
      name: '', kind: 'SCHOOL', district: '', latitude: null, longitude: null, positionAccuracy: null,
      observedAt: new Date().toISOString(), pupilsEnrolled: null, pupilsPresent: null, teachersPresent: null,
      checklistRevision: visit.checklistRevision, answers: {}, notes: null
    };
    await put('sites', { id, visitId: visit.visitId, key, base: null, server: null, draft, rev: 1, sentRev: 0, conflict: null, error: null, recordedBy: this.user || visit.user });
    this.go({ name: 'site', siteId: id, visitId: visit.visitId });
  }

  /** Keeps one change at once: the site is read again so two quick edits never undo each other. */
  async change(siteId, apply) {
    const site = await get('sites', siteId);
    apply(site.draft);
    site.rev++;
    site.error = null;
    await put('sites', site);
    this.header();
  }

  async site() {
    const site = await get('sites', this.view.siteId);
    const visit = await get('visits', site.visitId);
    const d = site.draft;
    const change = apply => this.change(site.id, apply);
    const text = (field, label, attrs = {}) => h('label', {}, this.t(label),
      h('input', { id: 'kit-' + field, value: d[field] ?? '', ...attrs, oninput: e => change(x => (x[field] = e.target.value)) }));
    const number = (field, label, integer) => h('label', {}, this.t(label),
      h('input', { id: 'kit-' + field, type: 'number', inputMode: integer ? 'numeric' : 'decimal', step: integer ? '1' : 'any', min: integer ? '0' : undefined, value: d[field] ?? '',
        oninput: e => change(x => (x[field] = e.target.value === '' ? null : Number(e.target.value))) }));
    const checklist = visit.checklists.find(c => c.revision === d.checklistRevision) || { questions: [] };
    const gpsState = h('span', { id: 'kit-gps-state', text: d.positionAccuracy ? this.t('site.accuracy', Math.round(d.positionAccuracy)) : '' });
    const form = h('section', { id: 'kit-site' },
      h('button', { class: 'link', onclick: () => this.go({ name: 'visit', visitId: site.visitId }), text: this.t('back') }),
      h('h2', { tabIndex: -1, text: d.name || this.t('site.new') }),
      h('p', { class: 'hint', text: this.t('kept') + ' ' + (complete(d) ? '' : this.t('incomplete')) }),
      h('p', { text: this.t('site.observed-at', new Date(d.observedAt).toLocaleString(this.lang)) }),
      text('name', 'site.name', { maxLength: 200, required: true }),
      h('label', {}, this.t('site.kind'), h('select', { id: 'kit-kind', onchange: e => change(x => (x.kind = e.target.value)) },
        KINDS.map(k => h('option', { value: k, selected: d.kind === k, text: this.t('kind.' + k) })))),
      text('district', 'site.district', { maxLength: 120, required: true }),
      h('div', { class: 'row' }, number('latitude', 'site.latitude'), number('longitude', 'site.longitude')),
      h('button', { id: 'kit-gps', onclick: () => this.locate(site.id, gpsState), text: this.t('gps') }), gpsState,
      h('div', { class: 'row' }, COUNTS.map(c => number(c, 'site.' + c.replace(/[A-Z]/g, m => '-' + m.toLowerCase()), true))),
      h('fieldset', {}, h('legend', { text: this.t('checklist') }), checklist.questions.map(q => this.question(q, d, change))),
      h('label', {}, this.t('site.notes'), h('textarea', { id: 'kit-notes', rows: 5, maxLength: 4000, value: d.notes ?? '',
        oninput: e => change(x => (x.notes = e.target.value)) })),
      await this.photos(site));
    return form;
  }

  question(q, d, change) {
    const label = (q.label[this.lang] || q.label.en || Object.values(q.label)[0] || q.code) + (q.required ? ' ' + this.t('required') : '');
    const help = q.help[this.lang] || q.help.en || '';
    const set = value => change(x => {
      if (value === '' || value === null) delete x.answers[q.code]; else x.answers[q.code] = String(value);
    });
    const current = d.answers[q.code] ?? '';
    let input;
    if (q.type === 'YES_NO' || q.type === 'CHOICE') {
      const options = q.type === 'YES_NO'
        ? [['true', this.t('answer.yes')], ['false', this.t('answer.no')]]
        : q.choices.map(c => [c.code, c.label[this.lang] || c.label.en || c.code]);
      input = h('select', { onchange: e => set(e.target.value) },
        h('option', { value: '', text: this.t('answer.none') }),
        options.map(([value, text]) => h('option', { value, selected: current === value, text })));
    } else if (q.type === 'NUMBER') {
      input = h('input', { type: 'number', min: '0', step: '1', inputMode: 'numeric', value: current, oninput: e => set(e.target.value) });
    } else {
      input = h('input', { value: current, maxLength: 2000, oninput: e => set(e.target.value) });
    }
    input.id = 'kit-answer-' + q.code;
    return h('label', { class: 'question' }, label, input, help ? h('small', { text: help }) : null);
  }

  locate(siteId, state) {
    if (!navigator.geolocation) {
      state.textContent = this.t('gps.failed');
      return;
    }
    state.textContent = this.t('gps.waiting');
    navigator.geolocation.getCurrentPosition(async position => {
      const { latitude, longitude, accuracy } = position.coords;
      await this.change(siteId, x => Object.assign(x, { latitude, longitude, positionAccuracy: accuracy }));
      this.querySelector('#kit-latitude').value = latitude;
      this.querySelector('#kit-longitude').value = longitude;
      state.textContent = this.t('site.accuracy', Math.round(accuracy));
    }, () => (state.textContent = this.t('gps.failed')), { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  }

  async photos(site) {
    const children = h('input', { type: 'checkbox', id: 'kit-photo-children' });
    const consent = h('input', { type: 'checkbox', id: 'kit-photo-consent' });
    const warning = h('p', { class: 'hint', id: 'kit-photo-warning' });
    const input = h('input', { type: 'file', id: 'kit-photo-input', class: 'visually-hidden', accept: 'image/jpeg,image/png', capture: 'environment', multiple: true });
    const list = h('ul', { id: 'kit-photos', class: 'photos' });
    const show = async () => {
      list.replaceChildren(...(await byIndex('photos', 'site', site.id)).map(p => h('li', { class: 'kit-photo', 'data-sent': String(p.sent) },
        h('img', { src: URL.createObjectURL(p.blob), alt: this.t('photo.alt', site.draft.name) }),
        h('span', { text: p.sent ? this.t('photo.sent') : p.sentBytes ? this.t('photo.progress', Math.floor(100 * p.sentBytes / p.size)) : p.error || this.t('photo.waiting') }))));
    };
    const allowed = () => {
      input.disabled = children.checked && !consent.checked;
      warning.textContent = input.disabled ? this.t('photo.needs-consent') : '';
    };
    children.addEventListener('change', allowed);
    consent.addEventListener('change', allowed);
    input.addEventListener('change', async () => {
      const now = await get('sites', site.id);
      for (const file of input.files) {
        const blob = await resized(file);
        await put('photos', {
          id: crypto.randomUUID(), visitId: site.visitId, siteId: site.id, blob, size: blob.size, children: children.checked,
          consent: consent.checked, recordedBy: now.recordedBy, takenAt: new Date().toISOString(), sent: false, sentBytes: 0, error: null
        });
      }
      input.value = '';
      await show();
      this.header();
    });
    await show();
    return h('fieldset', {}, h('legend', { text: this.t('photos') }),
      h('label', { class: 'check' }, children, this.t('photo.children')),
      h('label', { class: 'check' }, consent, this.t('photo.consent')), warning,
      // The browser's own caption ("Choose Files") is in its language, not the kit's: a button of ours says it.
      h('label', { class: 'file-button', id: 'kit-photo-button' }, this.t('photo.add'), input), list);
  }

  async outbox() {
    const waiting = await this.waiting();
    const sites = Object.fromEntries((await all('sites')).map(s => [s.id, s]));
    return h('section', { id: 'kit-outbox' },
      h('h2', { tabIndex: -1, text: this.t('outbox.title') }),
      h('button', { id: 'kit-sync', class: 'primary', onclick: () => this.sync(), text: this.t('sync') }),
      waiting.length === 0 ? h('p', { id: 'kit-outbox-empty', text: this.t('outbox.empty') }) : null,
      h('ul', { class: 'cards' }, waiting.map(w => {
        const site = w.kind === 'site' ? w.item : sites[w.item.siteId];
        const name = site?.draft.name || this.t('site.new');
        const state = w.kind === 'site' ? this.t('state.' + this.siteState(w.item), w.item.error || '') : (w.item.error || this.t('photo.waiting'));
        return h('li', { class: 'card' }, h('strong', { text: this.t('outbox.' + w.kind, name) }), h('span', { text: state }));
      })));
  }

  async merge() {
    const site = await get('sites', this.view.siteId);
    const visit = await get('visits', site.visitId);
    const theirs = site.conflict.site;
    const labels = field => {
      if (field.startsWith('answers.')) {
        const code = field.substring(8);
        const q = visit.checklists.flatMap(c => c.questions).find(x => x.code === code);
        return q ? q.label[this.lang] || q.label.en || code : code;
      }
      const key = 'site.' + field.replace(/[A-Z]/g, m => '-' + m.toLowerCase());
      return messages.en[key] ? this.t(key) : this.t('field.' + field);
    };
    const rows = differences(site.draft, theirs);
    const keep = new Set(rows.map(r => r.field));
    return h('section', { id: 'kit-merge' },
      h('button', { class: 'link', onclick: () => this.go({ name: 'visit', visitId: site.visitId }), text: this.t('back') }),
      h('h2', { tabIndex: -1, text: this.t('merge.title', site.draft.name) }),
      h('p', { text: this.t('merge.intro') }),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}), h('th', { text: this.t('merge.mine') }), h('th', { text: this.t('merge.theirs') }))),
        h('tbody', {}, rows.map(r => h('tr', { 'data-field': r.field },
          h('th', { scope: 'row', text: labels(r.field) }),
          h('td', {}, h('label', {}, h('input', { type: 'radio', name: r.field, checked: true, class: 'kit-keep-mine', onchange: () => keep.add(r.field) }), String(r.mine ?? '—'))),
          h('td', {}, h('label', {}, h('input', { type: 'radio', name: r.field, class: 'kit-keep-theirs', onchange: () => keep.delete(r.field) }), String(r.theirs ?? '—'))))))),
      h('button', { id: 'kit-merge-send', class: 'primary', onclick: async () => {
        const now = await get('sites', site.id);
        now.draft = merged(now.draft, theirs, [...keep]);
        now.base = site.conflict.version;
        now.server = theirs;
        now.conflict = null;
        now.rev++;
        await put('sites', now);
        this.go({ name: 'visit', visitId: site.visitId });
        this.sync();
      }, text: this.t('merge.send') }));
  }
}

customElements.define('jesr-field-kit', FieldKit);
