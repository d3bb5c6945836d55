// Sends what waits in the outbox. Sites first, then photos in parts: after a cut, the server says how
// much of a photo arrived and the kit goes on from there. Ids made on the device make a resend harmless.
import { all, put, get } from './store.js';

const PART = 256 * 1024;
const TIMEOUT_MS = 20000;

export class SignInNeeded extends Error {}
export class Offline extends Error {}

let token = null;

async function call(path, options = {}, language = 'en') {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const headers = { 'Accept': 'application/json', 'Accept-Language': language, ...(options.headers || {}) };
  if (token && options.method && options.method !== 'GET') {
    headers[token.csrfHeader] = token.csrfToken;
  }
  let response;
  try {
    response = await fetch('/api/v1/' + path, {
      ...options, headers, credentials: 'same-origin', redirect: 'error', signal: controller.signal
    });
  } catch (e) {
    throw new Offline(String(e));
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 401) {
    token = null;
    throw new SignInNeeded();
  }
  const body = await response.json().catch(() => ({}));
  return { status: response.status, body };
}

/** Who is signed in, with the session's CSRF token; throws SignInNeeded when nobody is. */
export async function session(language) {
  const answer = await call('session', {}, language);
  if (answer.status !== 200) {
    throw new SignInNeeded();
  }
  token = answer.body;
  return answer.body;
}

/** The current review's visits the signed-in person may take offline. */
export async function visitsToTake(language) {
  const answer = await call('field-visits', {}, language);
  return answer.status === 200 ? answer.body : [];
}

export async function download(visitId, language) {
  const answer = await call('field-visits/' + visitId, {}, language);
  if (answer.status !== 200) {
    throw new Error(answer.body.message || String(answer.status));
  }
  return answer.body;
}

export function isDirty(site) {
  return site.rev !== site.sentRev;
}

/**
 * Sends every waiting site and photo the signed-in person recorded. Returns a summary; what could not
 * be sent stays in the outbox with its reason.
 */
export async function syncAll(language, onChange = () => {}) {
  const me = await session(language);
  const summary = { user: me.user, sent: 0, conflicts: 0, otherPerson: new Set(), refused: 0 };
  for (const site of await all('sites')) {
    if (!isDirty(site) || site.conflict || !site.draft.name.trim() || !site.draft.district.trim()) {
      continue; // nothing new, waiting for a merge, or not yet named: the server would refuse it
    }
    if (site.recordedBy.toLowerCase() !== me.user.toLowerCase()) {
      summary.otherPerson.add(site.recordedBy);
      continue;
    }
    const rev = site.rev;
    const answer = await call('field-visits/' + site.visitId + '/sites/' + encodeURIComponent(site.key), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ baseVersion: site.base, recordedBy: site.recordedBy, site: site.draft })
    }, language);
    const now = await get('sites', site.id);
    if (answer.status === 200) {
      now.base = answer.body.site.version;
      now.server = answer.body.site.site;
      now.sentRev = rev;
      now.error = null;
      summary.sent++;
    } else if (answer.status === 409 && answer.body.outcome === 'CONFLICT') {
      now.conflict = answer.body.site;
      summary.conflicts++;
    } else {
      now.error = answer.body.message || String(answer.status);
      summary.refused++;
    }
    await put('sites', now);
    onChange();
  }
  for (const photo of await all('photos')) {
    if (photo.sent) {
      continue;
    }
    const site = await get('sites', photo.siteId);
    if (!site || site.base === null || site.base === undefined) {
      continue; // its site is not on the server yet
    }
    if (photo.recordedBy.toLowerCase() !== me.user.toLowerCase()) {
      summary.otherPerson.add(photo.recordedBy);
      continue;
    }
    await sendPhoto(photo, site, language, onChange) ? summary.sent++ : summary.refused++;
  }
  return summary;
}

async function sendPhoto(photo, site, language, onChange) {
  const path = 'field-visits/' + site.visitId + '/sites/' + encodeURIComponent(site.key) + '/photos/' + photo.id;
  const state = await call('photos/' + photo.id, {}, language);
  let offset = state.body.stored ? photo.size : (state.body.received || 0);
  while (!state.body.stored && offset < photo.size) {
    const part = photo.blob.slice(offset, Math.min(offset + PART, photo.size));
    const answer = await call(path + '?offset=' + offset + '&total=' + photo.size, {
      method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: part
    }, language);
    if (answer.status === 200 || (answer.status === 409 && answer.body.received !== undefined)) {
      offset = answer.body.received;
      photo.sentBytes = offset;
      await put('photos', photo);
      onChange();
    } else {
      return refused(photo, answer, onChange);
    }
  }
  const done = await call(path + '/complete', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      total: photo.size, childrenVisible: photo.children, consentGiven: photo.consent, recordedBy: photo.recordedBy
    })
  }, language);
  if (done.status !== 200) {
    return refused(photo, done, onChange);
  }
  photo.sent = true;
  photo.error = null;
  photo.sentBytes = photo.size;
  await put('photos', photo);
  onChange();
  return true;
}

async function refused(photo, answer, onChange) {
  photo.error = answer.body.message || String(answer.status);
  await put('photos', photo);
  onChange();
  return false;
}
